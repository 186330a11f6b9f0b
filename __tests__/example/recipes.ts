// Every recipe of examples/mini-svsm (configs/ and configs/test/).
export const EXAMPLE_RECIPES = [
  'configs/qemu-target.json',
  'configs/hyperv-target.json',
  'configs/vanadium-target.json',
  'configs/all-targets.json',
  'configs/test/qemu-test-target.json',
  'configs/test/hyperv-test-target.json',
  'configs/test/vanadium-test-target.json'
]
