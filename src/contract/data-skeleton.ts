/**
 * A data-file skeleton for a template (`regdoc fill <模板> --skeleton`): every declared field with
 * its 中文 label, type and choices as comments, so a drafter fills in values instead of guessing keys.
 */
import { FIELD_TYPE_LABEL, PARTY_FIELDS, type FieldDeclaration, type TemplateMeta } from './field-schema.js';

const EXAMPLE: Record<string, string> = {
  text: '""',
  money: '0.00',
  date: '2009-05-10',
  integer: '0',
  bool: 'false',
};

function describe(field: FieldDeclaration): string {
  const parts = [field.label, FIELD_TYPE_LABEL[field.type], field.required ? '必填' : '可选'];
  if (field.options) parts.push(`可选值：${field.options.join('、')}`);
  if (field.default !== undefined) parts.push(`默认：${String(field.default)}`);
  return parts.join('；');
}

function lines(fields: FieldDeclaration[], indent: string, first = ''): string[] {
  const out: string[] = [];
  fields.forEach((field, index) => {
    const lead = index === 0 && first ? first : indent;
    const comment = `  # ${describe(field)}`;
    if (field.type === 'party') {
      out.push(`${lead}${field.name}:${comment}`);
      for (const part of PARTY_FIELDS) out.push(`${indent}  ${part.name}: ""  # ${part.label}${part.name === 'name' ? '；必填' : ''}`);
    } else if (field.type === 'list') {
      out.push(`${lead}${field.name}:${comment}`);
      out.push(...lines(field.fields ?? [], `${indent}    `, `${indent}  - `));
    } else {
      const value = field.type === 'enum' ? JSON.stringify(field.options?.[0] ?? '') : EXAMPLE[field.type];
      out.push(`${lead}${field.name}: ${value}${comment}`);
    }
  });
  return out;
}

export function dataSkeleton(meta: TemplateMeta): string {
  return [`# ${meta.title} — 数据文件`, '# 填写后运行：regdoc fill <模板> <本文件> --to docx,pdf', ...lines(meta.fields, '')].join('\n') + '\n';
}
