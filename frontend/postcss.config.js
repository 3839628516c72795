// Breakpoints are declared once, as custom media in src/styles/tokens.css. Every stylesheet and
// every <style> block is compiled on its own, so the tokens file is fed to each of them first.
import globalData from '@csstools/postcss-global-data'
import customMedia from 'postcss-custom-media'

export default {
  plugins: [globalData({ files: ['src/styles/tokens.css'] }), customMedia()],
}
