/**
 * A located problem in a contract template or data file. `fill` reports every problem as
 * 文件:行:列 and writes nothing (an invalid contract must never reach paper).
 */
export interface ContractProblem {
  /** Chinese sentence naming the field and its 中文 label. */
  message: string;
  /** Stable id: contract-field-missing, contract-field-type, contract-field-unknown, contract-yaml, template-field-undeclared … */
  id: string;
  /** Which input the position refers to. */
  source: 'template' | 'data';
  line: number;
  column: number;
}

export class ContractError extends Error {
  constructor(readonly problems: ContractProblem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ContractError';
  }
}
