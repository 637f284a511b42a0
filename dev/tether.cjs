// Ends this process when the process that started it ends, however that ends (SIGKILL too):
// - the starter spawns it with an 'ipc' channel; the kernel closes the channel when the starter
//   dies, and 'disconnect' follows;
// - RCS_TETHER_PID names one more process to end with: the test runner's main process, whose
//   workers start the servers and can outlive it (vite.config.ts sets it for every test).
// Without either (started from a terminal), it does nothing. Required first by every server the
// tests and `npm start` start as a process of its own.
if (process.channel) {
  // The channel alone must not keep this process alive.
  process.channel.unref();
  process.once('disconnect', () => process.exit(0));
}
const runner = Number(process.env.RCS_TETHER_PID);
if (runner > 0) {
  setInterval(() => {
    try {
      process.kill(runner, 0);
    } catch {
      process.exit(0);
    }
  }, 500).unref();
}
