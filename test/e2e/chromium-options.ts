// How every e2e Chromium is launched beyond Playwright's defaults: the suite is CPU-bound (2 cores, a run queue of 7–18,
// a third of it system time), so these cut the work each browser does without changing what the extension sees.
import fs from 'node:fs';
import os from 'node:os';

/** Where a browser's shared memory and a fresh profile live: /dev/shm (tmpfs) when it has room, else the temp dir. */
function memoryDir(): string | null {
  try {
    const stats = fs.statfsSync('/dev/shm');
    // Debian's own launcher keeps Chromium off /dev/shm below 3.8 GB free; Docker's default 64 MB is far too small.
    return stats.bavail * stats.bsize >= 4e9 ? '/dev/shm' : null;
  } catch {
    return null;
  }
}

const SHM = memoryDir();

/** The parent directory for throwaway profiles: in memory, so the profile's writes (prefs, LevelDB, IndexedDB) cost no disk syncs. */
export const PROFILE_PARENT = SHM ?? os.tmpdir();

export const CHROMIUM_LAUNCH = {
  // Playwright passes --disable-dev-shm-usage (for Docker's small /dev/shm): Chromium then puts every shared-memory
  // segment (IPC buffers, rasterised tiles) in a file under /tmp, on disk here. Kept when /dev/shm is small.
  ignoreDefaultArgs: SHM ? ['--disable-dev-shm-usage'] : [],
  args: [
    // Debian's /usr/bin/chromium adds --enable-gpu-rasterization, which headless runs on SwiftShader (a software GPU) in
    // the GPU process; Chromium's own software raster is cheaper, and no test looks at pixels.
    // (No --disable-features here: a second one replaces Playwright's own list.)
    '--disable-gpu',
  ],
};
