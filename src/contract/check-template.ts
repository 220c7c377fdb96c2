/**
 * Static check of a contract template's Handlebars body before it ever runs: every variable must
 * be a declared field (or a field of the current 清单 row / 当事人), every helper must be one regdoc
 * offers, and no path may reach `__proto__`, `constructor` or the like. Positions are mapped back
 * to the template file.
 */
import Handlebars from 'handlebars';
import type { ContractProblem } from './contract-problem.js';
import { HELPER_NAMES } from './contract-helpers.js';
import { FORBIDDEN_NAMES, PARTY_FIELD_NAMES, type FieldDeclaration } from './field-schema.js';

/* Handlebars' AST types are loose in its typings; these are the parts the check reads. */
interface Loc { start: { line: number; column: number } }
interface AstNode { type: string; loc?: Loc }
interface PathNode extends AstNode { type: 'PathExpression'; data: boolean; depth: number; parts: string[]; original: string }
interface HashNode { pairs: Array<{ key: string; value: AstNode }> }
interface CallNode extends AstNode { path: AstNode; params: AstNode[]; hash?: HashNode }
interface BlockNode extends CallNode { program?: ProgramNode; inverse?: ProgramNode }
interface ProgramNode extends AstNode { body: AstNode[] }

/** What names are visible at one level of context (the root, a 清单 row, a 当事人 under #with). */
interface Scope {
  fields: Map<string, FieldDeclaration>;
  /** Partyish scopes: only the party detail names. */
  partyNames?: Set<string>;
  label: string;
}

const DATA_NAMES = new Set(['index', 'first', 'last', 'key', 'root']);

export function checkTemplate(body: string, fields: FieldDeclaration[], bodyLine: number): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const at = (node: AstNode | undefined) => ({
    line: (node?.loc?.start.line ?? 1) + bodyLine - 1,
    column: (node?.loc?.start.column ?? 0) + 1,
  });
  const add = (node: AstNode | undefined, message: string, id: string) => problems.push({ message, id, source: 'template', ...at(node) });

  let ast: ProgramNode;
  try {
    ast = Handlebars.parse(body) as unknown as ProgramNode;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const line = Number(/line (\d+)/.exec(text)?.[1] ?? 1);
    problems.push({ message: `模板语法错误：${text.split('\n').pop()}`, id: 'template-syntax', source: 'template', line: line + bodyLine - 1, column: 1 });
    return problems;
  }
  const root: Scope = { fields: new Map(fields.map((f) => [f.name, f])), label: '模板' };

  const checkPath = (path: PathNode, scopes: Scope[]): FieldDeclaration | undefined => {
    for (const part of path.parts) {
      if (FORBIDDEN_NAMES.has(part)) {
        add(path, `模板不得访问“${part}”（${path.original}）：这是对象的内部属性，不是合同字段`, 'template-forbidden-property');
        return undefined;
      }
    }
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (head === 'root') return resolve(path, rest, [root]);
      if (!DATA_NAMES.has(head) || rest.length > 0) add(path, `模板使用了未知的 @${path.parts.join('.')}`, 'template-field-undeclared');
      return undefined;
    }
    if (path.depth >= scopes.length) {
      add(path, `“${path.original}”的 ../ 超出了模板的最外层`, 'template-field-undeclared');
      return undefined;
    }
    return resolve(path, path.parts, scopes.slice(0, scopes.length - path.depth));
  };

  const resolve = (path: PathNode, parts: string[], scopes: Scope[]): FieldDeclaration | undefined => {
    const scope = scopes[scopes.length - 1];
    if (parts.length === 0) return undefined; // `this`
    const [head, ...rest] = parts;
    if (scope.partyNames) {
      if (!scope.partyNames.has(head) || rest.length > 0) add(path, `当事人没有“${path.original}”这一项（可用：${[...scope.partyNames].join('、')}）`, 'template-field-undeclared');
      return undefined;
    }
    const field = scope.fields.get(head);
    if (!field) {
      const where = scope === root ? '' : `（在${scope.label}中）`;
      add(path, `模板使用了未声明的字段“${path.original}”${where}：请在模板开头的 fields 中声明`, 'template-field-undeclared');
      return undefined;
    }
    if (rest.length === 0) return field;
    if (field.type === 'party' && rest.length === 1 && PARTY_FIELD_NAMES.has(rest[0])) return undefined;
    add(path, `字段 ${field.name}（${field.label}）没有“${rest.join('.')}”这一项`, 'template-field-undeclared');
    return undefined;
  };

  const checkExpression = (node: AstNode, scopes: Scope[]): FieldDeclaration | undefined => {
    switch (node.type) {
      case 'PathExpression':
        return checkPath(node as PathNode, scopes);
      case 'SubExpression':
        checkCall(node as CallNode, scopes);
        return undefined;
      case 'StringLiteral': {
        const value = (node as unknown as { value: string }).value;
        if (FORBIDDEN_NAMES.has(value)) add(node, `模板不得使用“${value}”`, 'template-forbidden-property');
        return undefined;
      }
      default:
        return undefined;
    }
  };

  /** A call `{{helper a b k=v}}` or a plain value `{{field}}`; returns the field when it is a plain value. */
  const checkCall = (node: CallNode, scopes: Scope[]): FieldDeclaration | undefined => {
    const callee = node.path as PathNode;
    const hasArguments = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    const isHelperName = callee.type === 'PathExpression' && !callee.data && callee.depth === 0 && callee.parts.length === 1 && HELPER_NAMES.has(callee.parts[0]);
    for (const param of node.params) checkExpression(param, scopes);
    for (const pair of node.hash?.pairs ?? []) checkExpression(pair.value, scopes);
    if (isHelperName) return undefined;
    if (hasArguments) {
      add(callee, `模板使用了未知的帮助函数“${callee.original}”（可用：${[...HELPER_NAMES].join('、')}）`, 'template-unknown-helper');
      return undefined;
    }
    return checkExpression(callee, scopes);
  };

  /** The scope inside a block: #each over a 清单 → its row fields; #with over a 当事人 → party details. */
  const innerScope = (helper: string, field: FieldDeclaration | undefined, scopes: Scope[]): Scope[] | undefined => {
    if (helper !== 'each' && helper !== 'with') return scopes;
    if (!field) return undefined;
    if (helper === 'each' && field.type === 'list') {
      return [...scopes, { fields: new Map((field.fields ?? []).map((f) => [f.name, f])), label: `${field.label}的每一行` }];
    }
    if (helper === 'with' && field.type === 'party') return [...scopes, { fields: new Map(), partyNames: PARTY_FIELD_NAMES, label: field.label }];
    return undefined;
  };

  const walk = (program: ProgramNode | undefined, scopes: Scope[]): void => {
    for (const node of program?.body ?? []) {
      switch (node.type) {
        case 'MustacheStatement':
          checkCall(node as CallNode, scopes);
          break;
        case 'BlockStatement': {
          const block = node as BlockNode;
          const callee = block.path as PathNode;
          const helper = callee.type === 'PathExpression' && callee.parts.length === 1 && !callee.data ? callee.parts[0] : '';
          if (!HELPER_NAMES.has(helper) || !['if', 'unless', 'each', 'with'].includes(helper)) {
            add(callee, `模板的块“{{#${callee.original}}}”不受支持：只能用 #if、#unless、#each、#with`, 'template-unknown-helper');
            break;
          }
          const subject = block.params[0];
          if (!subject) add(callee, `{{#${helper}}} 后面缺少字段`, 'template-syntax');
          const field = subject ? checkExpression(subject, scopes) : undefined;
          for (const param of block.params.slice(1)) checkExpression(param, scopes);
          for (const pair of block.hash?.pairs ?? []) checkExpression(pair.value, scopes);
          const inner = innerScope(helper, field, scopes);
          if (!inner) {
            if (field) add(subject, `{{#${helper}}} 只能用于${helper === 'each' ? '清单（list）' : '当事人（party）'}字段，${field.name}（${field.label}）不是`, 'template-field-type');
            break;
          }
          walk(block.program, inner);
          walk(block.inverse, scopes);
          break;
        }
        case 'PartialStatement':
        case 'PartialBlockStatement':
        case 'DecoratorBlock':
        case 'Decorator':
          add(node, '合同模板不支持子模板（{{> …}}）和修饰器', 'template-unknown-helper');
          break;
        default:
          break;
      }
    }
  };
  walk(ast, [root]);
  return problems;
}
