import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Many tests run the built CLI as a child process; generous limits keep a loaded machine green.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
