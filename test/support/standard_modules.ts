// A test process is an entry point like the kernel worker and the CLI: it registers the modules a
// kernel offers to `import`, so a test file run alone behaves as it does inside the whole suite
// (before this, files that forgot the import failed alone with "No module named 'tensorflow'").
import '../../src/python/modules/standard';
import { installNodeHost } from '../../src/node';

// ... and installs the Node host behind the engine's interfaces (the MNIST loader's files), as the
// kernel worker does (src/worker/main.ts).
installNodeHost();
