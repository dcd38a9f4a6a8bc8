import { measureCoderThroughput } from './src/bench/coder-throughput.ts';
console.log(await measureCoderThroughput({ articles: 200, seconds: 2 }));
