export { run } from '../unit/pdf/writer-bench';
