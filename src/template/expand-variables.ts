/**
 * Expands `{{city}}` and other project variables in a source before it is parsed. Handlebars runs
 * in its own environment (Handlebars.create()), strict (an unknown variable is an error, not an
 * empty string), without HTML escaping and without prototype access.
 */
import Handlebars from 'handlebars';

export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem.message);
  }
}

const environment = Handlebars.create();

/** Quick test so that sources without `{{` skip Handlebars entirely. */
export const hasTemplateSyntax = (text: string): boolean => text.includes('{{');

export function expandVariables(text: string, variables: Record<string, unknown>): string {
  if (!hasTemplateSyntax(text)) return text;
  try {
    const template = environment.compile(text, { strict: true, noEscape: true });
    return template(variables, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
  } catch (error) {
    throw new TemplateError(describeHandlebarsError(error, text));
  }
}

/** Turns Handlebars' English errors into a located Chinese problem. */
export function describeHandlebarsError(error: unknown, text: string): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /"(.+)" not defined in/.exec(message);
  if (missing) {
    const index = text.search(new RegExp(`{{[#/^]?\\s*(?:if\\s+|unless\\s+|each\\s+)?${escapeRegExp(missing[1])}\\b`));
    return { message: `模板变量“${missing[1]}”没有定义（请在 regdoc.config.yaml 或数据文件中给出）`, ...lineColumn(text, index) };
  }
  const parse = /Parse error on line (\d+)/.exec(message);
  if (parse) return { message: `模板语法错误：${message.split('\n').pop()}`, line: Number(parse[1]), column: 1 };
  return { message: `模板错误：${message}`, line: 1, column: 1 };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function lineColumn(text: string, index: number): { line: number; column: number } {
  if (index < 0) return { line: 1, column: 1 };
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
