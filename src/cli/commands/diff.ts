export async function diffCommand(args: string[]): Promise<number> {
  void args
  return 2
}
