/**
 * Template + optional data → a regdoc Markdown contract (front matter doctype 合同, category 合同,
 * wrapper none). Without data the result is the blank model text (示范文本); with data, the filled
 * contract. Order matters: declarations, then the template's static check, then the data — and
 * only when all three are clean does Handlebars run, so an invalid contract is never produced.
 */
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { ContractError, type ContractProblem } from './contract-problem.js';
import { CONTRACT_HELPERS } from './contract-helpers.js';
import { blankContext, filledContext } from './contract-values.js';
import { checkTemplate } from './check-template.js';
import { loadContractTemplate, type ContractTemplate } from './load-template.js';
import { validateDataText } from './validate-data.js';

export type ContractMode = 'blank' | 'filled';

export const VERSION_LABEL: Record<ContractMode, string> = { blank: '示范文本', filled: '填写稿' };

export interface RenderedContract {
  template: ContractTemplate;
  mode: ContractMode;
  markdown: string;
}

/** Loads and statically checks a template; throws ContractError with every problem found. */
export function prepareContractTemplate(templateText: string): ContractTemplate {
  const { template, problems } = loadContractTemplate(templateText);
  if (!template) throw new ContractError(problems);
  const templateProblems = checkTemplate(template.body, template.meta.fields, template.bodyLine);
  if (templateProblems.length > 0) throw new ContractError(templateProblems);
  return template;
}

/** A private Handlebars environment: only the contract helpers, nothing global. */
function createEnvironment(): typeof Handlebars {
  const environment = Handlebars.create();
  for (const name of Object.keys(environment.helpers)) {
    if (!['if', 'unless', 'each', 'with', 'helperMissing', 'blockHelperMissing'].includes(name)) environment.unregisterHelper(name);
  }
  environment.registerHelper(CONTRACT_HELPERS);
  return environment;
}

export function renderContract(templateText: string, dataText?: string): RenderedContract {
  const template = prepareContractTemplate(templateText);
  const mode: ContractMode = dataText === undefined ? 'blank' : 'filled';
  let context: Record<string, unknown>;
  if (dataText === undefined) {
    context = blankContext(template.meta.fields);
  } else {
    const { data, problems } = validateDataText(dataText, template.meta.fields);
    if (!data) throw new ContractError(problems);
    context = filledContext(template.meta.fields, data);
  }
  const environment = createEnvironment();
  let body: string;
  try {
    const compiled = environment.compile(template.body, {
      strict: true,
      noEscape: true,
      knownHelpers: Object.fromEntries(Object.keys(CONTRACT_HELPERS).map((name) => [name, true])),
    });
    body = compiled(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    const problem: ContractProblem = {
      message: `模板运行出错：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      id: 'template-runtime',
      source: mode === 'blank' ? 'template' : 'data',
      line: 1,
      column: 1,
    };
    throw new ContractError([problem]);
  }
  const frontMatter = stringify({
    title: template.meta.title,
    doctype: '合同',
    category: '合同',
    wrapper: 'none',
    version: VERSION_LABEL[mode],
  });
  const markdown = `---\n${frontMatter}---\n\n${tidy(body)}`;
  return { template, mode, markdown };
}

/** Removes the empty lines left by optional clauses, so the Markdown stays as a person would write it. */
function tidy(body: string): string {
  return body.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n*$/, '\n');
}
