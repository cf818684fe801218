/**
 * What build-time mermaid costs: starting the browser, preparing its page (fonts, mermaid's
 * bundle), the first diagram (mermaid warming up) and then each diagram (both themes, finished).
 *
 *   npx tsx bench/mermaid-cost.ts [rounds]
 */
import { chromiumPath, launchChromium } from '../lib/compile/mermaid/chromium';
import { createMermaidRenderer } from '../lib/compile/mermaid/mermaid-renderer';
import {
  SITE_FONT_FAMILY,
  defaultFontFiles,
  defaultMermaidScript,
  preparePage,
} from '../lib/compile/mermaid/page-setup';

const DIAGRAMS = [
  'flowchart LR\n  A[시작] --> B{결정?}\n  B -->|예| C[끝]\n  B -->|아니오| A',
  'sequenceDiagram\n  Alice->>밥: 안녕하세요\n  밥-->>Alice: 반가워요\n  Note right of 밥: 노트',
  'classDiagram\n  class 동물 {\n    +이름: string\n    +울다()\n  }\n  동물 <|-- 고양이',
  'stateDiagram-v2\n  [*] --> 대기\n  대기 --> 실행: 시작\n  실행 --> [*]',
  'erDiagram\n  CUSTOMER ||--o{ ORDER : places',
  'gantt\n  title 일정\n  dateFormat YYYY-MM-DD\n  section 준비\n  설계 :a1, 2024-01-01, 7d\n  구현 :after a1, 10d',
  'pie title 반려동물\n  "개" : 386\n  "고양이" : 85',
  'gitGraph\n  commit\n  branch dev\n  commit\n  checkout main\n  merge dev',
  'flowchart TD\n' +
    Array.from({ length: 20 }, (_, i) => `  N${i}[단계 ${i}] --> N${i + 1}[단계 ${i + 1}]`).join(
      '\n',
    ),
  'mindmap\n  root((블로그))\n    글\n    태그\n    검색',
];

const ms = (from: number) => Math.round(performance.now() - from);
const rounds = Number(process.argv[2] ?? 3);

for (let round = 1; round <= rounds; round++) {
  let t = performance.now();
  const browser = await launchChromium(chromiumPath(), 30_000);
  const launch = ms(t);
  t = performance.now();
  const page = await browser.newPage();
  await preparePage(page, {
    mermaidScript: defaultMermaidScript() ?? '',
    fontFamily: SITE_FONT_FAMILY,
    fonts: defaultFontFiles(),
    width: 768,
  });
  const prepare = ms(t);
  await browser.close();

  const renderer = createMermaidRenderer();
  t = performance.now();
  await renderer.render([{ code: DIAGRAMS[0] ?? '' }]);
  const firstCall = ms(t);
  t = performance.now();
  const results = await renderer.render(
    DIAGRAMS.map((code, i) => ({ code, id: `d${round}-${i}` })),
  );
  const batch = ms(t);
  await renderer.close();
  const failed = results.filter((r) => !r.ok).length;
  const bytes = results.reduce((sum, r) => sum + (r.ok ? r.svg.length : 0), 0);
  console.log(
    `round ${round}: launch ${launch} ms, page ready ${prepare} ms, ` +
      `start + first diagram ${firstCall} ms; ${DIAGRAMS.length} diagrams ${batch} ms ` +
      `(${Math.round(batch / DIAGRAMS.length)} ms each, ${failed} failed, ` +
      `${Math.round(bytes / DIAGRAMS.length / 1024)} KB each with both copies)`,
  );
}
