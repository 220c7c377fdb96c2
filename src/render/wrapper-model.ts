/**
 * The 公文 wrapper around a regulation text, as pure data shared by the DOCX and PDF renderers:
 * 印发通知 (文件格式, GB/T 9704-2012 §7.2–§7.4) and 政府令 (命令格式, §10.2; 规章制定程序条例 第三十条).
 * Renderers only place what this model says; every default a drafter did not write is decided here,
 * so both outputs show the same words.
 *
 * Widths are in 字 (one body character, 3号); ASCII letters and digits count half a 字 (半角).
 */
import type { DocumentMeta, WrapperMeta } from '../config/front-matter.js';

export type WrapperKind = 'none' | 'notice' | 'order';

/** A line placed against the right edge of the type area, `rightIndentChars` 字 in from it. */
export interface RightAlignedLine {
  text: string;
  rightIndentChars: number;
}

/** 发文机关署名 + 成文日期 (+ 签发人职务和姓名 for a 令), GB/T 9704 §7.3.5. */
export interface SignatureBlock {
  sealed: boolean;
  /** Empty body lines between the text (or 附件说明) and the first signature line. */
  blankLinesBefore: number;
  /** Lines top to bottom; `blankLinesBetween` counts empty lines before the last line (the date). */
  lines: RightAlignedLine[];
  blankLinesBeforeDate: number;
}

/** 附件说明 (§7.3.4): “附件：” then one name, or numbered names aligned under the first. */
export interface AttachmentNote {
  label: '附件：';
  /** “1. 名称” when there are several, the bare name when there is one. */
  items: string[];
}

/** 版记 (§7.4): 抄送 line and 印发机关/印发日期 line, between thick and thin rules. */
export interface Colophon {
  /** “抄送：A，B。” or undefined. */
  cc?: string;
  printer: string;
  /** “2024年6月1日印发”. */
  printDate: string;
}

export interface WrapperModel {
  kind: Exclude<WrapperKind, 'none'>;
  /** 发文机关标志: “××市人民政府办公室文件” / “××市人民政府令”. */
  organMark: string;
  /** Top of the mark below the type area's top edge (35 mm 文件格式, 20 mm 命令格式). */
  organMarkOffsetMm: number;
  /** 发文字号 (notice) — placed two lines under the mark, red rule 4 mm under it. */
  docNumber?: string;
  /** 令号 “第1号” (order) — placed two lines under the mark. */
  orderNumber?: string;
  /** Whether a red separator rule follows the 发文字号 (文件格式 only). */
  redRule: boolean;
  /** 通知 title “关于印发《…》的通知” (notice); the order has none. */
  title?: string;
  /** 主送机关 ending with “：” (notice). */
  recipients?: string;
  /** Body paragraphs (each indented two 字). */
  body: string[];
  attachments?: AttachmentNote;
  signature: SignatureBlock;
  /** 附注 “（此件公开发布）”, 左空二字 under the date. */
  note?: string;
  colophon?: Colophon;
  /** Whether the regulation text starts on a new page after the wrapper. */
  textOnNewPage: boolean;
}

/** Placeholder shown where the drafter has not filled a field yet (公文 practice writes ×). */
export const PLACEHOLDER = '×';

/** `2024-06-01` → `2024年6月1日` (GB/T 9704 §7.3.5.4: Arabic digits, no zero padding). */
export function formatChineseDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Width in 字: full-width characters 1, half-width (ASCII) 0.5. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 && ch !== '—' && ch !== '…' ? 0.5 : 1;
  return width;
}

/** A title cited inside 《》 writes its own 《》 as 〈〉 (GB/T 15834; standards §1.8). */
export function quoteTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** Normalises the front matter's `wrapper` (string or object) to its kind and fields. */
export function wrapperOf(meta: DocumentMeta | undefined): { kind: WrapperKind; fields: Partial<WrapperMeta> } {
  const wrapper = meta?.wrapper;
  if (!wrapper) return { kind: 'none', fields: {} };
  return { kind: wrapper.kind, fields: wrapper as Partial<WrapperMeta> };
}

/** 市政府 as the body sentence names the issuing government (“已经市政府同意”). */
function governmentShortName(organ: string): string {
  if (/省人民政府/.test(organ)) return '省政府';
  if (/区人民政府/.test(organ)) return '区政府';
  if (/县人民政府/.test(organ)) return '县政府';
  return '市政府';
}

/** The default body sentence of a 印发通知, by genre (standards §2.1: 规范性文件 以“通知”印发). */
export function defaultNoticeBody(meta: DocumentMeta, title: string, organ: string): string {
  const cited = quoteTitle(title);
  const plan = meta.category === '工作制度' || ['方案', '计划', '意见', '纲要'].includes(meta.doctype ?? '');
  if (plan) return `现将${cited}印发给你们，请结合实际认真贯彻落实。`;
  // A 办公室 issues on behalf of the government only after its consent.
  const consent = /办公室|办公厅/.test(organ) ? `已经${governmentShortName(organ)}同意，` : '';
  return consent ? `${cited}${consent}现印发给你们，请认真贯彻执行。` : `现将${cited}印发给你们，请认真贯彻执行。`;
}

/** The default sentence of a 政府令 (规章制定程序条例 第三十条: 名称、通过日期、施行日期). */
export function defaultOrderBody(meta: DocumentMeta, title: string, organ: string): string {
  const adopted = formatChineseDate(meta.dates?.adopted) ?? '××××年×月×日';
  const effective = formatChineseDate(meta.dates?.effective) ?? '××××年×月×日';
  const meeting = `${organ.replace(/令$/, '')}第×次常务会议`;
  return `${quoteTitle(title)}已经${adopted}${meeting}审议通过，现予公布，自${effective}起施行。`;
}

/** `×市人民政府令第12号` or `第12号` in a docNumber → `第12号`. */
function orderNumberFrom(docNumber: string | undefined): string | undefined {
  const match = docNumber && /第[0-9０-９一二三四五六七八九十百千零〇]+号/.exec(docNumber);
  return match ? match[0] : undefined;
}

function splitParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * 署名 and 成文日期 for a single issuing organ.
 * Sealed (§7.3.5.1): the date 右空四字, the organ name centred over the date.
 * Unsealed (§7.3.5.2): the name 右空二字 one line under the text, the date's first character two 字 right
 * of the name's first character; a date longer than that gets 右空二字 and pushes the name left.
 */
export function signatureLayout(organ: string, date: string, sealed: boolean): SignatureBlock {
  const nameWidth = widthInChars(organ);
  const dateWidth = widthInChars(date);
  let nameRight: number;
  let dateRight: number;
  if (sealed) {
    dateRight = 4;
    nameRight = Math.max(0, dateRight + (dateWidth - nameWidth) / 2);
  } else {
    nameRight = 2;
    dateRight = nameWidth - 2 - dateWidth + nameRight;
    if (dateRight < 2) {
      dateRight = 2;
      nameRight = dateRight + dateWidth + 2 - nameWidth;
    }
  }
  return {
    sealed,
    // Sealed: room for the seal, whose top must stay within one line of the text (§7.3.5.1).
    blankLinesBefore: sealed ? 2 : 1,
    lines: [
      { text: organ, rightIndentChars: nameRight },
      { text: date, rightIndentChars: dateRight },
    ],
    blankLinesBeforeDate: 0,
  };
}

/**
 * 命令格式 signature (§10.2 → §7.3.5.3): 签发人职务 and name 右空四字 two lines under the text,
 * the date 右空四字 one empty line below.
 */
export function orderSignatureLayout(signerTitle: string, signerName: string, date: string): SignatureBlock {
  return {
    sealed: false,
    blankLinesBefore: 2,
    lines: [
      { text: `${signerTitle}　${signerName}`, rightIndentChars: 4 },
      { text: date, rightIndentChars: 4 },
    ],
    blankLinesBeforeDate: 1,
  };
}

export interface WrapperInput {
  meta: DocumentMeta;
  /** The regulation's title (front matter title or the `#` line). */
  title: string;
  /** City from regdoc.config.yaml; used for default organ names. */
  city?: string;
}

/** Builds the wrapper model, or undefined for `wrapper: none` / no wrapper. */
export function buildWrapperModel({ meta, title, city }: WrapperInput): WrapperModel | undefined {
  const { kind, fields } = wrapperOf(meta);
  if (kind === 'none') return undefined;
  const government = `${city ?? '××市'}人民政府`;
  const displayTitle = title || '××办法';
  const dateIso = fields.date ?? meta.dates?.published;
  const date = formatChineseDate(dateIso) ?? '××××年×月×日';

  if (kind === 'order') {
    const organ = (fields.organ ?? meta.issuer ?? government).replace(/令$/, '');
    const body = fields.body ? splitParagraphs(fields.body) : [defaultOrderBody(meta, displayTitle, organ)];
    return {
      kind,
      organMark: `${organ}令`,
      organMarkOffsetMm: 20,
      orderNumber: fields.orderNumber ?? orderNumberFrom(meta.docNumber) ?? `第${PLACEHOLDER}号`,
      redRule: false,
      body,
      signature: orderSignatureLayout(fields.signerTitle ?? '市长', fields.signerName ?? '×××', date),
      note: fields.note ? `（${fields.note.replace(/^（|）$/g, '')}）` : undefined,
      colophon: colophonOf(fields, undefined, dateIso),
      textOnNewPage: true,
    };
  }

  const organ = (fields.organ ?? meta.issuer ?? government).replace(/文件$/, '');
  const signer = fields.signer ?? organ;
  const body = fields.body ? splitParagraphs(fields.body) : [defaultNoticeBody(meta, displayTitle, organ)];
  const recipients = fields.recipients ?? defaultRecipients(organ);
  const attachments = fields.attachments?.length
    ? {
        label: '附件：' as const,
        items: fields.attachments.length === 1 ? fields.attachments : fields.attachments.map((a, i) => `${i + 1}. ${a}`),
      }
    : undefined;
  return {
    kind,
    organMark: `${organ}文件`,
    organMarkOffsetMm: 35,
    docNumber: fields.docNumber ?? meta.docNumber ?? `×政发〔${dateIso?.slice(0, 4) ?? '××××'}〕×号`,
    redRule: true,
    title: fields.title ?? `关于印发${quoteTitle(displayTitle)}的通知`,
    recipients: /[：:]$/.test(recipients) ? recipients.replace(/:$/, '：') : `${recipients}：`,
    body,
    attachments,
    signature: signatureLayout(signer, date, fields.sealed ?? true),
    note: fields.note ? `（${fields.note.replace(/^（|）$/g, '')}）` : undefined,
    // 版记 is always printed for a 文件: it carries the 印发机关 and 印发日期 (§7.4.3).
    colophon: colophonOf(fields, organ, dateIso),
    textOnNewPage: true,
  };
}

function defaultRecipients(organ: string): string {
  if (/省/.test(organ)) return '各市人民政府，省政府各部门、各直属机构';
  if (/[区县]人民政府/.test(organ)) return '各乡镇人民政府、街道办事处，区政府各部门';
  return '各区人民政府，市政府各部门、各直属机构';
}

/** 版记 when the drafter gave any of its fields (or a default printer for a notice). */
function colophonOf(fields: Partial<WrapperMeta>, defaultPrinter: string | undefined, dateIso: string | undefined): Colophon | undefined {
  const printer = fields.printer ?? defaultPrinter;
  if (!printer && !fields.cc?.length) return undefined;
  return {
    cc: fields.cc?.length ? `抄送：${fields.cc.join('，').replace(/[。，、]$/, '')}。` : undefined,
    printer: printer ?? '',
    printDate: `${formatChineseDate(fields.printDate ?? dateIso) ?? '××××年×月×日'}印发`,
  };
}
