// `npm start`: install what is missing, build the web app, start ANTQ on PORT (3000).
import { checkNode, ensureNpmPackages, ensureWebBuild, runOrExit } from './lib.mjs'

checkNode()
ensureNpmPackages()
ensureWebBuild()
runOrExit('node', ['packages/server/bin/antq.mjs', 'serve'])
