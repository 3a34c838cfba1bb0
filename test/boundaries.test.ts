import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep the features apart (docs/decisions/004-feature-boundaries.md), run on
// made-up files: if a change to eslint.config.js lets these through, this fails.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('feature boundaries', () => {
  it("refuses another feature's tables and inner files, and accepts its index.ts", async () => {
    expect(
      await problems('src/features/meetings/probe.ts', "import { dialogues } from '../dialogue/tables.ts';\nexport { dialogues };\n"),
    ).toEqual([expect.stringContaining('Use dialogue only through src/features/dialogue/index.ts')]);
    expect(
      await problems('src/features/meetings/probe.ts', "import { getDialogue } from '../dialogue/service.ts';\nexport { getDialogue };\n"),
    ).toEqual([expect.stringContaining('Use dialogue only through')]);
    expect(
      await problems('src/features/meetings/probe.ts', "import { getDialogue } from '../dialogue/index.ts';\nexport { getDialogue };\n"),
    ).toEqual([]);
  });

  it('refuses a dependency against the one-way graph, even through index.ts', async () => {
    expect(
      await problems(
        'src/features/dialogue/probe.ts',
        "import { meetingsRoutes } from '../meetings/index.ts';\nexport { meetingsRoutes };\n",
      ),
    ).toEqual([expect.stringContaining('dialogue may not depend on meetings')]);
  });

  it("lets a tables.ts reference another feature's tables for foreign keys", async () => {
    expect(
      await problems('src/features/meetings/tables.ts', "import { dialogues } from '../dialogue/tables.ts';\nexport { dialogues };\n"),
    ).toEqual([]);
  });

  it('keeps src/lib free of features', async () => {
    expect(
      await problems('src/lib/probe.ts', "import { recordAudit } from '../features/audit/index.ts';\nexport { recordAudit };\n"),
    ).toEqual([expect.stringContaining('src/lib holds helpers')]);
  });
});
