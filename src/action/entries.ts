// Every step of every action in this repository, in one bundle (dist/action); the thin files in
// dist/<step>/index.js that action.yml names import one of these and run it.
export { run as main } from './run-main.js'
export { run as post } from './run-post.js'
export { run as report } from './report/run.js'
export { run as firmware } from './firmware/run.js'
export { run as smoke } from './smoke/run.js'
export { run as sign } from './sign/run.js'
