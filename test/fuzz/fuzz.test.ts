// The fuzz suite (test/fuzz/harness.ts): FUZZ_RUNS (default 1,000) mutations of the example plans.
import { fuzzSuite } from "./harness.js";

fuzzSuite("test/fuzz/fuzz.test.ts");
