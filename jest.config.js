/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }] },
  // p-queue and p-timeout ship only ES modules: let swc turn them into CommonJS for jest
  transformIgnorePatterns: ["/node_modules/(?!(p-queue|p-timeout)/)"],
  testMatch: ["<rootDir>/test/**/*.test.ts"],
  modulePathIgnorePatterns: ["<rootDir>/dist/"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/reporters/plain-summary.js"],
};
