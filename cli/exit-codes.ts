// Round 61 (ux61): the exit codes every command shares, for its --help. Round 60 made an interrupted run die of its
// signal (130 / 143 / 129, cli/io.ts guardInterrupts) and a closed output pipe stop with 0 (guardPipes); no --help said so,
// and a batch script reading the status had no way to tell 130 from a crash.

/**
 * Round 62 (ux62): the status of a run that failed inside ReplyGuard itself (a bug in the CLI or the engine, memory
 * running out). It was 1 — Node's status for an uncaught exception — which the contract uses for 「blocks or warnings
 * found」, so a 质检 script read a crash as findings. 70 is sysexits.h's EX_SOFTWARE ("internal software error"): clear
 * of 0–2 and of the 128+signal statuses.
 */
export const INTERNAL_ERROR_EXIT = 70;

export const SHARED_EXIT_CODES = `  被中断时 stderr 说明处理到哪里、结果不完整，退出码为信号的：Ctrl+C（SIGINT）130，kill（SIGTERM）143，关闭终端（SIGHUP）129；
  读取输出的程序提前关闭管道（如 … | head）时安静地停止，退出码 0。
  回复卫士自身出错（程序缺陷、内存不足）时退出码 ${INTERNAL_ERROR_EXIT}：运行没有完成，stderr 说明出了什么错、处理到哪里、该怎么办
  （lint --jsonl 输出的最后一行是 {"line": N, "error": "…", "incomplete": true}；audit、stats 不写出报告）；
  Node 因内存耗尽而中止时为 134（SIGABRT），结果同样不完整。
  Interrupted: stderr says how far it got and that the results are incomplete; the status is the signal's: 130 on
  Ctrl+C (SIGINT), 143 on kill (SIGTERM), 129 when the terminal closes (SIGHUP). A reader that closes the pipe early
  (… | head): a quiet stop, 0.
  ReplyGuard failing itself (a bug, memory running out): ${INTERNAL_ERROR_EXIT}; the run did not finish, and stderr says what failed,
  how far it got and what to do (lint --jsonl's last output line is {"line": N, "error": "…", "incomplete": true};
  audit and stats write no report). Node aborted for lack of memory: 134 (SIGABRT), incomplete too.
`;
