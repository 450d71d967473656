// rebound demo: a fresh store with a realistic search, then today's agenda.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { formatAgenda } from '../format.js';
import { defaultDataDir } from '../../app/config.js';
import { invalid } from '../../core/errors.js';

const MARKER = 'rebound-demo.txt';

export function registerDemoCommand(program: Command, ctx: CommandContext): void {
  program
    .command('demo')
    .description('load a demo search into its own folder and show today (your own data is not touched)')
    .option('--fresh', 'start the demo over from scratch')
    .action(async (o: { fresh?: boolean }) => {
      const g = ctx.globals();
      // The demo lives in its own folder unless one is named, so it never mixes with real data.
      const dir = path.resolve(g.dataDir ?? ctx.env.REBOUND_DEMO_HOME ?? `${defaultDataDir(ctx.env)}-demo`);
      const marker = path.join(dir, MARKER);
      if (o.fresh && fs.existsSync(dir)) {
        const entries = fs.readdirSync(dir);
        if (entries.length > 0 && !fs.existsSync(marker)) {
          throw invalid(`${dir} holds data that is not a Rebound demo; --fresh only clears demo folders.`);
        }
        fs.rmSync(dir, { recursive: true, force: true });
      }
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(marker, 'This folder holds Rebound demo data. It is safe to delete.\n');
      program.setOptionValue('dataDir', dir);
      const app = await ctx.app();
      const out = ctx.out();
      const existing = await app.useCases.listApplications(ctx.actor);
      if (existing.length === 0) await app.useCases.loadDemo(ctx.actor);
      const agenda = await app.useCases.today(ctx.actor);
      out.result({ dataDir: dir, agenda }, () =>
        [
          out.style.dim(`Demo data: ${dir}  (your data stays on this computer)`),
          '',
          formatAgenda(agenda, out.style),
          '',
          out.style.dim(`Look around with:  rebound --data-dir "${dir}" app list   ·   plan 1   ·   draft ID`),
        ].join('\n'),
      );
    });
}
