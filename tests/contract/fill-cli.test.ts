/** `regdoc fill` as a user runs it (needs `npm run build`; `npm test` builds first). */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/regdoc.js');

function regdoc(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'regdoc-fill-'));
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
/** Text without spaces and line breaks, for phrases the layout may wrap. */
const flat = (text: string) => text.replace(/\s+/g, '');
const docxText = (path: string) => execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' }).replace(/<[^>]+>/g, '');

describe('regdoc fill', () => {
  it('lists the templates', () => {
    const r = regdoc(['fill', '--list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('construction-works\t建设工程施工合同');
    expect(r.stdout.trim().split('\n')).toHaveLength(6);
  });

  it('writes the blank model text as md, docx and pdf named 标题（示范文本）', () => {
    const out = tempDir();
    const r = regdoc(['fill', 'procurement-goods', '--to', 'md,docx,pdf', '--out', out]);
    expect(r.stderr.split('\n').filter((l) => l.includes('错误'))).toEqual([]);
    expect(r.code).toBe(0);
    const stem = '政府采购合同（货物类）（示范文本）';
    expect(readdirSync(out).sort()).toEqual([`${stem}.docx`, `${stem}.md`, `${stem}.pdf`]);
    const pdf = pdfText(join(out, `${stem}.pdf`));
    expect(pdf).toContain('政府采购合同（货物类）');
    expect(pdf).toContain('（以下无正文）');
    expect(pdf).toMatch(/甲方（盖章）：\s+乙方（盖章）：/);
    expect(pdf).toContain('□公开招标');
    const docx = docxText(join(out, `${stem}.docx`));
    expect(docx).toContain('采购人（甲方）：');
    expect(docx).toContain('法定代表人或其委托代理人（签字）：');
  });

  it('writes the filled contract named 标题（填写稿）, or after a Chinese data-file name', () => {
    const out = tempDir();
    const r = regdoc(['fill', '政府采购合同（货物类）', 'content/contracts/procurement-goods.yaml', '--to', 'pdf,md', '--out', out]);
    expect(r.code).toBe(0);
    const pdf = pdfText(join(out, '政府采购合同（货物类）（填写稿）.pdf'));
    expect(flat(pdf)).toContain('¥1,197,660.00元（大写：壹佰壹拾玖万柒仟陆佰陆拾元整）');
    expect(pdf).toContain('乐清市教育局');
    const named = join(tempDir(), '乐清市多媒体设备采购合同.yaml');
    copyFileSync(join(ROOT, 'content/contracts/procurement-goods.yaml'), named);
    expect(regdoc(['fill', 'procurement-goods', named, '--to', 'md', '--out', out]).code).toBe(0);
    expect(existsSync(join(out, '乐清市多媒体设备采购合同.md'))).toBe(true);
  });

  it('refuses bad data with a located Chinese message, exit 1, and writes nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const data = readFileSync(join(ROOT, 'content/contracts/procurement-goods.yaml'), 'utf8');
    const cases: Array<[string, RegExp]> = [
      [data.replace(/^totalPrice: .*\n/m, ''), /^bad\.yaml:\d+:\d+  错误  缺少必填字段 totalPrice（合同总价）  contract-field-missing$/m],
      [data.replace('deliveryDays: 45', 'deliveryDays: 四十五'), /^bad\.yaml:\d+:15  错误  字段 deliveryDays（交货期限（日历天））应为整数.*  contract-field-type$/m],
      [`${data}unknownKey: 1\n`, /^bad\.yaml:\d+:1  错误  未知字段 unknownKey.*  contract-field-unknown$/m],
      [data.replace('projectNo: LQCG-2009-047', 'projectNo: "LQCG-2009-047'), /^bad\.yaml:\d+:\d+  错误  YAML 格式错误：.*  contract-yaml$/m],
    ];
    for (const [text, message] of cases) {
      writeFileSync(join(dir, 'bad.yaml'), text);
      const r = regdoc(['fill', join(ROOT, 'templates/contracts/procurement-goods.md.hbs'), 'bad.yaml', '--to', 'md,docx', '--out', out], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('未生成任何文件');
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses a template that uses an undeclared field or reaches for constructor, and writes nothing', () => {
    const dir = tempDir();
    const head = '---\ntitle: 测试合同\nfields:\n  - { name: buyer, label: 采购人, type: party, required: true }\n---\n# 测试合同\n\n';
    writeFileSync(join(dir, 'a.md.hbs'), `${head}甲方：{{buyer.name}}，工期{{days}}天。\n`);
    writeFileSync(join(dir, 'b.md.hbs'), `${head}{{buyer.constructor}}\n`);
    const a = regdoc(['fill', 'a.md.hbs', '--to', 'md', '--out', 'out'], dir);
    expect(a.code).toBe(1);
    expect(a.stderr).toMatch(/^a\.md\.hbs:8:23  错误  模板使用了未声明的字段“days”.*  template-field-undeclared$/m);
    const b = regdoc(['fill', 'b.md.hbs', '--to', 'md', '--out', 'out'], dir);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/^b\.md\.hbs:8:3  错误  模板不得访问“constructor”.*  template-forbidden-property$/m);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 2 for an unknown template or format', () => {
    const r = regdoc(['fill', 'no-such-contract']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到合同模板“no-such-contract”');
    expect(regdoc(['fill', 'procurement-goods', '--to', 'odt']).code).toBe(2);
  });

  it('prints a data-file skeleton that names every field with its 中文 label', () => {
    const r = regdoc(['fill', 'legal-counsel', '--skeleton']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('annualFee: 0.00  # 年度法律顾问费；金额；必填');
    expect(r.stdout).toContain('  - name: ""  # 姓名；文字；必填');
  });
});
