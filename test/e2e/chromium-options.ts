// How every e2e Chromium is launched beyond Playwright's defaults. The suite is CPU-bound (2 cores, run queue 7–18, a
// third of the CPU in system time): the browsers' shared memory and throwaway profiles go to memory, not to disk.
import fs from 'node:fs';
import os from 'node:os';

/** /dev/shm (tmpfs) when it has room, else null. Debian's own launcher keeps Chromium off it below 3.8 GB free; Docker's default is 64 MB. */
function sharedMemoryDir(): string | null {
  try {
    const stats = fs.statfsSync('/dev/shm');
    return stats.bavail * stats.bsize >= 4e9 ? '/dev/shm' : null;
  } catch {
    return null;
  }
}

const SHM = sharedMemoryDir();

/** Parent directory of the fresh profiles: in memory, so a profile's writes (prefs, LevelDB, IndexedDB) cost no disk syncs. */
export const PROFILE_PARENT = SHM ?? os.tmpdir();

export const CHROMIUM_LAUNCH = {
  // Playwright passes --disable-dev-shm-usage (for Docker's small /dev/shm), and Chromium then keeps its shared-memory
  // segments (IPC buffers, tiles) as files in /tmp, on disk here. Kept where /dev/shm is small.
  ignoreDefaultArgs: SHM ? ['--disable-dev-shm-usage'] : [],
};
