// CPU time for the benches, in ms: the whole process's (every thread), and the calling thread's
// alone, which leaves out the threads a step starts and node's file-system pool.
import { readFileSync } from 'node:fs';

export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** utime + stime of /proc/thread-self/stat (Linux), in clock ticks of 10 ms. */
export const threadCpuMs = (): number => {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
