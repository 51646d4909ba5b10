// Builds the Excel task pane into dist/: taskpane.html + its bundle, office.js, icons and manifest.
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_SERVER_PORT = 3000;
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

// Certificates made by office-addin-dev-certs are trusted by Office; without them the dev server
// makes its own self-signed one, which the browser has to be told to accept.
function devServerHttps() {
  const files = { cert: 'localhost.crt', key: 'localhost.key', ca: 'ca.crt' };
  const paths = Object.values(files).map((file) => path.join(CERT_DIR, file));
  if (!paths.every((file) => fs.existsSync(file))) return 'https';
  const options = Object.fromEntries(
    Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(CERT_DIR, file))]),
  );
  return { type: 'https', options };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
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
    devtool: production ? false : 'eval-cheap-module-source-map',
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
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // Already minified by Microsoft: tell terser to leave its 86 MB alone.
          {
            from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
            to: 'office-js',
            info: { minimized: true },
          },
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
};

module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
