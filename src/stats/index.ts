export { computeStats, rate, TOTAL_NAME } from "./compute.js";
