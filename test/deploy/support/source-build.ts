import fs from 'fs';
import path from 'path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS, read as webpack reads it
const { webpackConfig } = require(path.join(ROOT, 'webpack.config.js'));

/** The production build's settings, without building. */
export const productionConfig = (env: Record<string, unknown> = {}) => webpackConfig(env, { mode: 'production' });

/** The source file that becomes dist/<file>, per the webpack config's page and copy plugins. */
export function emittedFrom(file: string): string | undefined {
  for (const plugin of productionConfig().plugins) {
    if (plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === file) {
      return path.resolve(ROOT, plugin.userOptions.template as string);
    }
    if (plugin instanceof CopyWebpackPlugin) {
      for (const pattern of (plugin as unknown as { patterns: Array<{ from: string; to: string }> }).patterns) {
        const from = path.resolve(ROOT, pattern.from);
        if (fs.statSync(from).isDirectory() && file.startsWith(`${pattern.to}/`)) {
          const source = path.join(from, file.slice(pattern.to.length + 1));
          if (fs.existsSync(source)) return source;
        } else if (file === pattern.to) {
          return from;
        }
      }
    }
  }
  return undefined;
}

/** What a build for the development server would hold, read from the sources it is made of. */
export const sourceBuild = { base: 'https://localhost:3000/', read: (file: string) => readIfFile(emittedFrom(file)) };

function readIfFile(file: string | undefined): Buffer | undefined {
  return file !== undefined && fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}
