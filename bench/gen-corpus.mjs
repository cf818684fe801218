#!/usr/bin/env node
// Deterministic blog corpus in Docusaurus blog format (plain Node, no deps).
//   node gen-corpus.mjs OUT_DIR N [--seed S]
// Writes OUT_DIR/authors.yml, OUT_DIR/tags.yml, OUT_DIR/static-img/pic-1..5.png
// and N posts OUT_DIR/YYYY-MM-DD-pNNNNN-slug.md|.mdx (~1/3 .mdx).
// Post i depends only on (seed, i), so a corpus of N=100 is a prefix of N=1000.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const seedIdx = args.indexOf('--seed');
const SEED = seedIdx >= 0 ? Number(args.splice(seedIdx, 2)[1]) : 42;
const [OUT, NSTR] = args;
const N = Number(NSTR);
if (!OUT || !Number.isInteger(N) || N < 1 || !Number.isFinite(SEED)) {
  console.error('usage: node gen-corpus.mjs OUT_DIR N [--seed S]');
  process.exit(2);
}

// ---------- deterministic PRNG ----------
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1)); // inclusive
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const pickN = (r, xs, n) => {
  const c = [...xs];
  for (let i = c.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [c[i], c[j]] = [c[j], c[i]];
  }
  return c.slice(0, n);
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
const q = (s) => JSON.stringify(s); // JSON string == valid YAML double-quoted scalar

// ---------- authors & tags ----------
const AUTHORS = {
  minji: ['김민지', 'Platform Engineer'],
  jihoon: ['박지훈', 'Frontend Lead'],
  alice: ['Alice Moreau', 'Developer Advocate'],
  sora: ['이소라', 'SRE'],
  daniel: ['Daniel Cho', 'Rust Maintainer'],
};
const AUTHOR_KEYS = Object.keys(AUTHORS);
const EN_TAGS = [
  'rust',
  'typescript',
  'react',
  'nextjs',
  'docusaurus',
  'hugo',
  'performance',
  'testing',
  'ci',
  'devops',
  'docker',
  'linux',
  'networking',
  'databases',
  'postgres',
  'security',
  'web',
  'css',
  'accessibility',
  'i18n',
  'mdx',
  'markdown',
  'tooling',
  'release',
  'architecture',
  'observability',
  'wasm',
  'cli',
  'design',
  'javascript',
];
const KO_TAGS = [
  '오픈소스',
  '회고',
  '쿠버네티스',
  '성능최적화',
  '개발문화',
  '리팩터링',
  '배포',
  '튜토리얼',
  '커뮤니티',
  '입문',
];
const TAGS = [...EN_TAGS, ...KO_TAGS];

// ---------- text banks (no `{`, `<`, `:` + letter, HTML; safe for MDX 3 and CommonMark) ----------
const EN = [
  'We rewrote the build pipeline last quarter and the results were better than expected.',
  'Static site generators trade runtime flexibility for predictable, cacheable output.',
  'The first version worked, but every new page made the build noticeably slower.',
  'Most of the time was spent parsing Markdown and serializing the same data again and again.',
  'Caching intermediate results turned a ten minute build into something closer to ninety seconds.',
  'Readers rarely notice a fast build, but they always notice a slow page.',
  'We measured cold and warm builds separately because they behave very differently.',
  'Small JavaScript bundles matter more on mobile devices than on a developer laptop.',
  'The team agreed to keep every change small enough to review in one sitting.',
  'Our tags page had grown to several hundred entries, so we added pagination.',
  'Incremental builds are great until a shared layout changes and everything rebuilds anyway.',
  'Good defaults beat clever configuration in almost every project we have shipped.',
  'The feed generator now streams entries instead of holding the whole site in memory.',
  'We kept the URL structure stable so that existing links would keep working.',
  'Syntax highlighting was surprisingly expensive, so we moved it to build time.',
  'Every post has a short summary that appears on list pages and in the feed.',
  'Localization added another dimension to the build matrix and doubled the page count.',
  'We wrote a tiny benchmark harness so regressions would show up in review.',
  'Images are resized once and reused, which keeps the output directory small.',
  'The migration took three weeks, most of which was spent on edge cases in old posts.',
  'Peak memory mattered more than wall time on our small continuous integration runners.',
  'A predictable release cadence made it easier for contributors to plan their work.',
  'We documented every decision in a short design note next to the code.',
  'Hydration costs are easy to ignore until you profile a low end phone.',
  'Our goal was simple pages that load quickly and read well in any language.',
  'The search index is generated during the build and loaded lazily on demand.',
  'Broken links are reported as warnings so that authors can fix them before publishing.',
  'Author pages list every post written by a person, newest first.',
  'We prefer boring technology for the parts of the stack that nobody wants to debug at night.',
  'The archive page groups posts by year, which turned out to be the most visited page.',
];
const KO = [
  '지난 분기에 빌드 파이프라인을 다시 작성했고 결과는 기대 이상이었습니다.',
  '정적 사이트 생성기는 런타임 유연성을 포기하는 대신 예측 가능한 결과물을 제공합니다.',
  '처음 버전은 잘 동작했지만 페이지가 늘어날수록 빌드가 눈에 띄게 느려졌습니다.',
  '대부분의 시간은 마크다운을 파싱하고 같은 데이터를 반복해서 직렬화하는 데 쓰였습니다.',
  '중간 결과를 캐시하자 십 분 걸리던 빌드가 구십 초 정도로 줄었습니다.',
  '독자는 빠른 빌드를 알아채지 못하지만 느린 페이지는 항상 알아챕니다.',
  '콜드 빌드와 웜 빌드는 성격이 매우 달라서 따로 측정했습니다.',
  '작은 자바스크립트 번들은 개발자 노트북보다 모바일 기기에서 훨씬 중요합니다.',
  '팀은 모든 변경을 한 번에 리뷰할 수 있을 만큼 작게 유지하기로 합의했습니다.',
  '태그 페이지가 수백 개로 늘어나서 페이지네이션을 추가했습니다.',
  '증분 빌드는 공용 레이아웃이 바뀌는 순간 결국 전체를 다시 빌드하게 됩니다.',
  '우리가 배포한 거의 모든 프로젝트에서 좋은 기본값이 영리한 설정보다 나았습니다.',
  '피드 생성기는 이제 사이트 전체를 메모리에 올리지 않고 항목을 스트리밍합니다.',
  '기존 링크가 계속 동작하도록 URL 구조를 그대로 유지했습니다.',
  '구문 강조가 생각보다 비싸서 빌드 시점으로 옮겼습니다.',
  '모든 글에는 목록 페이지와 피드에 표시되는 짧은 요약이 있습니다.',
  '다국어 지원으로 빌드 조합이 하나 더 늘었고 페이지 수는 두 배가 되었습니다.',
  '리뷰에서 성능 저하가 드러나도록 작은 벤치마크 도구를 만들었습니다.',
  '이미지는 한 번만 변환해서 재사용하기 때문에 출력 디렉터리가 작게 유지됩니다.',
  '마이그레이션은 삼 주가 걸렸고 대부분은 오래된 글의 예외 상황을 처리하는 데 썼습니다.',
  '작은 CI 러너에서는 전체 시간보다 최대 메모리 사용량이 더 중요했습니다.',
  '예측 가능한 릴리스 주기 덕분에 기여자들이 작업을 계획하기 쉬워졌습니다.',
  '모든 결정은 코드 옆에 짧은 설계 문서로 남겼습니다.',
  '하이드레이션 비용은 저사양 휴대폰에서 프로파일링하기 전까지 무시하기 쉽습니다.',
  '목표는 어떤 언어로 읽어도 빠르게 열리고 읽기 좋은 페이지였습니다.',
  '검색 색인은 빌드 중에 만들어지고 필요할 때 지연 로딩됩니다.',
  '깨진 링크는 경고로 보고되어 작성자가 게시 전에 고칠 수 있습니다.',
  '작성자 페이지에는 그 사람이 쓴 모든 글이 최신순으로 나열됩니다.',
  '밤중에 아무도 디버깅하고 싶지 않은 부분에는 검증된 기술을 선호합니다.',
  '연도별로 글을 묶은 아카이브 페이지가 가장 많이 방문한 페이지였습니다.',
];
const LINKS = [
  ['the Rust book', 'https://doc.rust-lang.org/book/'],
  ['공식 문서', 'https://docusaurus.io/docs/blog'],
  ['MDX', 'https://mdxjs.com/'],
  ['CommonMark spec', 'https://spec.commonmark.org/'],
  ['쿠버네티스 문서', 'https://kubernetes.io/ko/docs/home/'],
  ['Hugo docs', 'https://gohugo.io/documentation/'],
  ['web.dev', 'https://web.dev/'],
  ['TypeScript handbook', 'https://www.typescriptlang.org/docs/handbook/intro.html'],
];
const H_EN = [
  'Background',
  'What we measured',
  'The slow path',
  'Caching strategy',
  'Results',
  'Lessons learned',
  'Trade-offs',
  'Next steps',
  'Migration notes',
  'Setup',
  'How it works',
  'Open questions',
];
const H_KO = [
  '배경',
  '측정 방법',
  '느린 경로',
  '캐시 전략',
  '결과',
  '배운 점',
  '트레이드오프',
  '다음 단계',
  '마이그레이션 메모',
  '준비',
  '동작 원리',
  '남은 질문',
];
const TITLE_EN = [
  'Building a faster blog',
  'Notes on static rendering',
  'What we learned shipping',
  'A practical guide to',
  'Measuring',
  'Why we moved to',
  'Debugging',
  'Scaling',
  'Lessons from',
  'Rethinking',
];
const TITLE_EN_OBJ = [
  'incremental builds',
  'MDX pipelines',
  'tag pages',
  'RSS feeds',
  'Rust tooling',
  'TypeScript monorepos',
  'Kubernetes deploys',
  'image handling',
  'search indexes',
  'static exports',
];
const TITLE_KO = [
  '더 빠른 블로그 만들기',
  '정적 렌더링 정리',
  '배포하며 배운 것',
  '실전 가이드',
  '측정해 보기',
  '옮긴 이유',
  '디버깅 기록',
  '확장 경험',
  '회고',
  '다시 생각하기',
];
const TITLE_KO_OBJ = [
  '증분 빌드',
  'MDX 파이프라인',
  '태그 페이지',
  'RSS 피드',
  'Rust 도구',
  '타입스크립트 모노레포',
  '쿠버네티스 배포',
  '이미지 처리',
  '검색 색인',
  '정적 내보내기',
];
const SLUG_WORDS = [
  'build',
  'static',
  'mdx',
  'rust',
  'feed',
  'tags',
  'cache',
  'deploy',
  'search',
  'images',
  'notes',
  'guide',
  'perf',
  'review',
  'k8s',
  'react',
  'types',
  'archive',
];

const CODE = {
  rust: (r, i) => `use std::collections::HashMap;

fn count_words(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let limit = ${int(r, 1, 100) + i};
    let counts = count_words("hello 안녕 hello");
    println!("{} words, limit {}", counts.len(), limit);
}`,
  ts: (r, i) => `export interface Post {
  slug: string;
  title: string;
  tags: string[];
}

export function paginate<T>(items: T[], perPage = ${int(r, 5, 20)}): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) {
    pages.push(items.slice(i, i + perPage));
  }
  return pages; // post #${i}
}`,
  yaml: (r, i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: blog-${i}
  labels:
    app: blog
spec:
  replicas: ${int(r, 1, 5)}
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 8080`,
};

// ---------- post generation ----------
const DAY0 = Date.UTC(2019, 0, 1);
const DAYS = Math.floor((Date.UTC(2026, 9, 31) - DAY0) / 86400000); // 2019-01-01 .. 2026-10-31 (no future posts)

function paragraph(r, words) {
  const ko = r() < 0.5;
  const bank = ko ? KO : EN;
  const sents = pickN(r, bank, int(r, 3, 6));
  if (r() < 0.35) {
    const [label, url] = pick(r, LINKS);
    sents.splice(
      int(r, 0, sents.length),
      0,
      ko ? `자세한 내용은 [${label}](${url})를 참고하세요.` : `See [${label}](${url}) for details.`,
    );
  }
  if (r() < 0.2) sents.push(ko ? '**핵심은 측정입니다.**' : 'The key point is to *measure first*.');
  const text = sents.join(' ');
  words.n += text.split(/\s+/).length;
  return text;
}

function post(i) {
  const r = mulberry32((SEED * 1000003 + i * 7919) >>> 0);
  const day = new Date(DAY0 + int(r, 0, DAYS) * 86400000);
  const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const mdx = i % 3 === 2; // ~1/3
  const korean = i % 2 === 0; // half Korean titles
  const title = korean
    ? `${pick(r, TITLE_KO_OBJ)} ${pick(r, TITLE_KO)} #${i}`
    : `${pick(r, TITLE_EN)} ${pick(r, TITLE_EN_OBJ)} (#${i})`;
  const slug = `p${pad(i, 5)}-${pickN(r, SLUG_WORDS, 2).join('-')}`;
  const authors = pickN(r, AUTHOR_KEYS, int(r, 1, 2));
  const tags = pickN(r, TAGS, int(r, 2, 4));
  const description = korean
    ? `${title}에 대한 짧은 요약입니다.`
    : `A short summary of ${title.toLowerCase()}.`;
  const date = r() < 0.4 ? `${ymd}T${pad(int(r, 9, 20))}:${pad(int(r, 0, 59))}:00+09:00` : ymd;

  const fm = [
    '---',
    `title: ${q(title)}`,
    `description: ${q(description)}`,
    `date: ${date}`,
    `authors: [${authors.join(', ')}]`,
    `tags: [${tags.map(q).join(', ')}]`,
    '---',
    '',
  ];

  const words = { n: 0 };
  const target = int(r, 750, 1350); // prose words; code/table/list add ~100 more
  const body = [paragraph(r, words), mdx ? '{/* truncate */}' : '<!-- truncate -->'];
  const nHead = int(r, 3, 6);
  const lang = pick(r, ['rust', 'ts', 'yaml']);
  const extras = pickN(r, ['code', 'table', 'image', 'list'], 4); // placed one per section, rest at end
  for (let h = 0; h < nHead; h++) {
    const level = h === 0 || r() < 0.6 ? '##' : '###';
    body.push(`${level} ${pick(r, r() < 0.5 ? H_KO : H_EN)} ${h + 1}`);
    const paras = Math.max(1, Math.round((target - words.n) / 60 / (nHead - h)));
    for (let p = 0; p < paras && words.n < target; p++) body.push(paragraph(r, words));
    const ex = h < nHead - 1 ? extras.splice(0, 1) : extras.splice(0);
    for (const e of ex) {
      if (e === 'code') body.push('```' + lang + '\n' + CODE[lang](r, i) + '\n```');
      if (e === 'table') {
        const rows = Array.from(
          { length: int(r, 3, 5) },
          (_, k) =>
            `| ${pick(r, ['빌드', 'build', '피드', 'feed', '태그', 'tags'])} ${k + 1} | ${int(r, 10, 999)} ms | ${int(r, 5, 500)} ms | ${int(r, 1, 95)}% |`,
        );
        body.push(
          ['| 항목 / item | before | after | 개선 |', '| --- | ---: | ---: | ---: |', ...rows].join(
            '\n',
          ),
        );
      }
      if (e === 'image') {
        const k = int(r, 1, 5);
        body.push(`![벤치마크 그림 ${k} / benchmark figure ${k}](/img/bench/pic-${k}.png)`);
      }
      if (e === 'list') {
        const items = pickN(r, [...EN, ...KO], int(r, 3, 6)).map((s) => `- ${s}`);
        items.push(`- [${LINKS[i % LINKS.length][0]}](${LINKS[i % LINKS.length][1]})`);
        body.push(items.join('\n'));
      }
    }
  }
  while (words.n < target) body.push(paragraph(r, words));
  return {
    name: `${ymd}-${slug}.${mdx ? 'mdx' : 'md'}`,
    text: fm.join('\n') + body.join('\n\n') + '\n',
  };
}

// ---------- tiny PNG writer (RGB, 8-bit) ----------
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(w, h, [r0, g0, b0]) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = (r0 + x * 2) & 255;
      raw[o + 1] = (g0 + y * 3) & 255;
      raw[o + 2] = (b0 + ((x ^ y) & 31)) & 255;
    }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------- write ----------
fs.mkdirSync(path.join(OUT, 'static-img'), { recursive: true });
const authorsYml = AUTHOR_KEYS.map(
  (k, n) =>
    `${k}:\n  name: ${q(AUTHORS[k][0])}\n  title: ${q(AUTHORS[k][1])}\n` +
    `  url: https://example.com/${k}\n  image_url: /img/bench/pic-${n + 1}.png\n`,
).join('');
fs.writeFileSync(path.join(OUT, 'authors.yml'), authorsYml);
const tagsYml = TAGS.map(
  (t, n) =>
    `${q(t)}:\n  label: ${q(n < EN_TAGS.length ? t[0].toUpperCase() + t.slice(1) : t)}\n` +
    `  permalink: ${q('/' + t)}\n  description: ${q(n < EN_TAGS.length ? `Posts about ${t}.` : `${t} 관련 글 모음입니다.`)}\n`,
).join('');
fs.writeFileSync(path.join(OUT, 'tags.yml'), tagsYml);
const COLORS = [
  [200, 40, 40],
  [40, 160, 60],
  [40, 80, 200],
  [220, 160, 20],
  [120, 40, 180],
];
COLORS.forEach((c, n) =>
  fs.writeFileSync(path.join(OUT, 'static-img', `pic-${n + 1}.png`), png(96, 64, c)),
);
let words = 0,
  mdxCount = 0;
for (let i = 1; i <= N; i++) {
  const p = post(i);
  fs.writeFileSync(path.join(OUT, p.name), p.text);
  if (p.name.endsWith('.mdx')) mdxCount++;
  words += p.text.split(/\s+/).length;
}
console.log(
  `wrote ${N} posts (${mdxCount} .mdx, ~${Math.round(words / N)} words/post) + authors.yml, tags.yml, 5 PNGs to ${OUT}`,
);
