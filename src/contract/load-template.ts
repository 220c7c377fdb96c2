/**
 * Reads a contract template (`templates/contracts/<name>.md.hbs`): YAML front matter declaring the
 * title and fields, then the Handlebars body that renders to a regdoc Markdown contract.
 * Declaration problems are located in the template file.
 */
import type { ContractProblem } from './contract-problem.js';
import { templateMetaSchema, type FieldDeclaration, type RawFieldDeclaration, type TemplateMeta } from './field-schema.js';
import { validateDefault } from './validate-data.js';
import { parseYamlWithPositions, positionOf } from './yaml-position.js';

export interface ContractTemplate {
  meta: TemplateMeta;
  /** Handlebars source after the front matter. */
  body: string;
  /** Line of the template file on which `body` starts (1-based), so AST positions can be mapped back. */
  bodyLine: number;
}

export function loadContractTemplate(text: string): { template?: ContractTemplate; problems: ContractProblem[] } {
  const problem = (message: string, id: string, line = 1, column = 1): { problems: ContractProblem[] } => ({
    problems: [{ message, id, source: 'template', line, column }],
  });
  const source = text.replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) return problem('合同模板应以 --- 开头的 YAML 字段声明（title、fields）开始', 'template-front-matter');
  const end = source.indexOf('\n---\n', 3);
  if (end < 0) return problem('合同模板的字段声明没有以 --- 结束', 'template-front-matter');
  const yamlText = source.slice(4, end + 1);
  const parsed = parseYamlWithPositions(yamlText);
  // Front-matter lines start on line 2 of the file.
  if (parsed.error) return problem(`字段声明${parsed.error.message}`, 'template-front-matter', parsed.error.line + 1, parsed.error.column);
  const result = templateMetaSchema.safeParse(parsed.document.toJS());
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const path = issue.path as Array<string | number>;
        const where = positionOf(parsed, path);
        return { message: `字段声明有误（${path.join('.') || '顶层'}）：${issue.message}`, id: 'template-front-matter', source: 'template', line: where.line + 1, column: where.column };
      }),
    };
  }
  const problems: ContractProblem[] = [];
  const fields = result.data.fields.map((raw, index) => toDeclaration(raw, ['fields', index], parsed, problems));
  checkUnique(fields, problems);
  checkArithmetic(fields, problems);
  for (const field of fields) {
    if (field.default === undefined) continue;
    const message = validateDefault(field);
    if (message) problems.push({ message: `默认值有误：${message}`, id: 'template-front-matter', source: 'template', line: field.line ?? 1, column: field.column ?? 1 });
  }
  if (problems.length > 0) return { problems };
  const bodyStart = end + 5;
  const bodyLine = source.slice(0, bodyStart).split('\n').length;
  return { template: { meta: { ...result.data, fields }, body: source.slice(bodyStart), bodyLine }, problems: [] };
}

function toDeclaration(raw: RawFieldDeclaration, path: Array<string | number>, parsed: ReturnType<typeof parseYamlWithPositions>, problems: ContractProblem[]): FieldDeclaration {
  const where = positionOf(parsed, path);
  const field: FieldDeclaration = {
    name: raw.name,
    label: raw.label,
    type: raw.type,
    required: raw.required ?? false,
    default: raw.default,
    options: raw.options,
    width: raw.width,
    blankRows: raw.blankRows,
    sumOf: raw.sumOf,
    productOf: raw.productOf,
    line: where.line + 1,
    column: where.column,
  };
  if (raw.fields) {
    field.fields = raw.fields.map((item, index) => toDeclaration(item, [...path, 'fields', index], parsed, problems));
    checkUnique(field.fields, problems);
    checkArithmetic(field.fields, problems);
  }
  return field;
}

function checkUnique(fields: FieldDeclaration[], problems: ContractProblem[]): void {
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name)) {
      problems.push({ message: `字段 ${field.name}（${field.label}）声明了两次`, id: 'template-front-matter', source: 'template', line: field.line ?? 1, column: field.column ?? 1 });
    }
    seen.add(field.name);
  }
}

/** sumOf must name a list and one of its money columns; productOf two numeric fields beside it. */
function checkArithmetic(fields: FieldDeclaration[], problems: ContractProblem[]): void {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const numeric = (f: FieldDeclaration | undefined) => f?.type === 'money' || f?.type === 'integer';
  for (const field of fields) {
    const at = { source: 'template' as const, line: field.line ?? 1, column: field.column ?? 1 };
    if (field.sumOf) {
      const [listName, columnName] = field.sumOf.split('.');
      const list = byName.get(listName);
      const column = list?.fields?.find((f) => f.name === columnName);
      if (list?.type !== 'list' || column?.type !== 'money') {
        problems.push({ message: `字段 ${field.name}（${field.label}）的 sumOf“${field.sumOf}”应指向清单中的金额字段`, id: 'template-front-matter', ...at });
      }
    }
    if (field.productOf && !field.productOf.every((name) => numeric(byName.get(name)))) {
      problems.push({ message: `字段 ${field.name}（${field.label}）的 productOf 应是同一行中的两个数量或金额字段`, id: 'template-front-matter', ...at });
    }
  }
}
