// Round 61 (ux61): the exit codes every command shares, for its --help. Round 60 made an interrupted run die of its
// signal (130 / 143 / 129, cli/io.ts guardInterrupts) and a closed output pipe stop with 0 (guardPipes); no --help said so,
// and a batch script reading the status had no way to tell 130 from a crash.
export const SHARED_EXIT_CODES = `  被中断时 stderr 说明处理到哪里、结果不完整，退出码为信号的：Ctrl+C（SIGINT）130，kill（SIGTERM）143，关闭终端（SIGHUP）129；
  读取输出的程序提前关闭管道（如 … | head）时安静地停止，退出码 0。
  Interrupted: stderr says how far it got and that the results are incomplete; the status is the signal's: 130 on
  Ctrl+C (SIGINT), 143 on kill (SIGTERM), 129 when the terminal closes (SIGHUP). A reader that closes the pipe early
  (… | head): a quiet stop, 0.
`;
