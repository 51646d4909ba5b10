// Builds the Excel task pane into dist/: taskpane.html + its bundle, icons and the manifest, for the
// address given with `--env url=…` (or WCO_SURVEY_URL), else for the development server.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinAddress, ADDRESS_VARIABLE } = require('./deploy/address');
const { BuildSettingError } = require('./deploy/build-setting-error');
const { contentSecurityPolicy } = require('./deploy/content-security-policy');
const { manifestForAddress } = require('./deploy/manifest-for-address');
const { officeJs } = require('./deploy/office-js');

const DEV_SERVER_PORT = 3000;
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

// Certificates made by office-addin-dev-certs are trusted by Office; without them the dev server
// makes its own self-signed one, which the browser has to be told to accept.
function devServerHttps() {
  const files = { cert: 'localhost.crt', key: 'localhost.key', ca: 'ca.crt' };
  const paths = Object.values(files).map((file) => path.join(CERT_DIR, file));
  if (!paths.every((file) => fs.existsSync(file))) return 'https';
  const options = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(CERT_DIR, file))]));
  return { type: 'https', options };
}

/** Says, after webpack's report (so as the build's last line), which address dist/ is for and how to build for another. */
class SayAddress {
  constructor(address) {
    this.line = address.given
      ? `dist/ is built for ${address.base}: serve dist/ there and give Office dist/manifest.xml.`
      : `dist/ is built for ${address.base} (development and sideloading). For your server: npm run build -- --env url=https://your.server/path/ (or ${ADDRESS_VARIABLE}=…).`;
  }

  apply(compiler) {
    compiler.hooks.done.tap('SayAddress', (stats) => {
      if (!stats.hasErrors()) process.once('beforeExit', () => console.log(this.line));
    });
  }
}

function webpackConfig(env = {}, argv = {}) {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const address = serving ? addinAddress({}, {}) : addinAddress(env, process.env);
  const office = officeJs(env, process.env);
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // The file host (ExcelJS, JSZip) stays one chunk, "xlsx", loaded only by the pane in a plain browser.
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false } } },
    // Source maps without eval, which the Content Security Policy forbids.
    devtool: production ? false : 'cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // ES modules let webpack tree-shake Fluent UI; tsconfig's commonjs is for Node and jest.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
        },
      ],
    },
    plugins: [
      ...(production && !serving ? [new SayAddress(address)] : []),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsSrc: office.src, contentSecurityPolicy: contentSecurityPolicy(office.origin) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (xml) => manifestForAddress(xml.toString(), address.base) },
          // Already minified by Microsoft: tell terser to leave its 86 MB alone.
          ...(office.copyFrom ? [{ from: office.copyFrom, to: 'office-js', info: { minimized: true } }] : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      // Only read the certificates when serving, so building or requiring this file never touches ~.
      server: env.WEBPACK_SERVE ? devServerHttps() : 'https',
    },
  };
}

/** What webpack-cli runs: a setting that cannot be built for ends the build with its message, not a stack. */
module.exports = (env, argv) => {
  try {
    return webpackConfig(env, argv);
  } catch (error) {
    if (!(error instanceof BuildSettingError)) throw error;
    console.error(`Not built: ${error.message}`);
    return process.exit(1);
  }
};
module.exports.webpackConfig = webpackConfig;
module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
