// The package ships no typing for its runtime entry; it is the same API minus the compiler.
declare module "handlebars/runtime.js" {
  import Handlebars from "handlebars";
  export default Handlebars;
}
