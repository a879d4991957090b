// biome-ignore-all format: generated code
// biome-ignore-all lint: generated code
// @ts-nocheck
// GENERATED from templates/ by src/model/precompile.ts. Do not edit.
// Regenerate: UPDATE=1 npx vitest run test/model/precompiled.test.ts

/** Template source text → Handlebars template specification. */
export const PRECOMPILED: ReadonlyMap<string, object> = new Map([
  ["{{!--\n  Target count_to: \"số hộ nghèo giảm còn 05 hộ\", \"số hồ sơ được giải quyết trực tuyến đạt 1.200 hồ sơ\".\n  View: lead, tail (or null), leadHasCount (the lead already names the count: \"Phấn đấu số hộ nghèo\n  toàn xã\"), group {name …} or null with subject, count \"1.200\", unit \"hồ sơ\", down / up / reach.\n  Capitalised when it starts the sentence (no lead).\n--}}\n{{#if lead}}{{lead}}{{#unless leadHasCount}} số {{#if group}}{{group.name}}{{else}}{{subject}}{{/if}}{{/unless}}{{else}}Số {{#if group}}{{group.name}}{{else}}{{subject}}{{/if}}{{/if}} {{#if up}}tăng lên{{else}}{{#if down}}giảm còn{{else}}đạt{{/if}}{{/if}} {{count}} {{unit}}{{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":7,"column":14},"end":{"line":7,"column":18}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":20}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"leadHasCount"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":112}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " số "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":48},"end":{"line":7,"column":101}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":7,"column":63},"end":{"line":7,"column":73}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"subject") || container.strict(depth0, "subject", {"start":{"line":7,"column":85},"end":{"line":7,"column":92}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"subject","hash":{},"data":data,"loc":{"start":{"line":7,"column":83},"end":{"line":7,"column":94}}}) : helper))) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Số "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":123},"end":{"line":7,"column":176}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "tăng lên";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"down"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":7,"column":210},"end":{"line":7,"column":248}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "giảm còn";
},"8":function(container,depth0,helpers,partials,data) {
    return "đạt";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":7,"column":289},"end":{"line":7,"column":293}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":7,"column":287},"end":{"line":7,"column":295}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":183}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"up"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":7,"column":184},"end":{"line":7,"column":255}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"count") || alias2(depth0, "count", {"start":{"line":7,"column":258},"end":{"line":7,"column":263}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":7,"column":256},"end":{"line":7,"column":265}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"unit") || alias2(depth0, "unit", {"start":{"line":7,"column":268},"end":{"line":7,"column":272}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"unit","hash":{},"data":data,"loc":{"start":{"line":7,"column":266},"end":{"line":7,"column":274}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":274},"end":{"line":7,"column":302}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Target coverage: \"100% hộ nghèo, hộ cận nghèo được cấp thẻ Bảo hiểm y tế\".\n  View: lead, tail, percent \"100\", subject, outcome, qualifier \"ít nhất\" and Qualifier \"Ít nhất\"\n  (or null).\n--}}\n{{#if lead}}{{lead}} {{#if qualifier}}{{qualifier}} {{/if}}{{else}}{{#if qualifier}}{{Qualifier}} {{/if}}{{/if}}{{percent}}% {{subject}} {{outcome}}{{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":6,"column":14},"end":{"line":6,"column":18}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":20}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"qualifier"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":21},"end":{"line":6,"column":59}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"qualifier") || container.strict(depth0, "qualifier", {"start":{"line":6,"column":40},"end":{"line":6,"column":49}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"qualifier","hash":{},"data":data,"loc":{"start":{"line":6,"column":38},"end":{"line":6,"column":51}}}) : helper))) != null ? stack1 : "")
    + " ";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"qualifier"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":67},"end":{"line":6,"column":105}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"Qualifier") || container.strict(depth0, "Qualifier", {"start":{"line":6,"column":86},"end":{"line":6,"column":95}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"Qualifier","hash":{},"data":data,"loc":{"start":{"line":6,"column":84},"end":{"line":6,"column":97}}}) : helper))) != null ? stack1 : "")
    + " ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":6,"column":163},"end":{"line":6,"column":167}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":6,"column":161},"end":{"line":6,"column":169}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":112}}})) != null ? stack1 : "")
    + ((stack1 = (((helper = lookupProperty(helpers,"percent") || alias2(depth0, "percent", {"start":{"line":6,"column":114},"end":{"line":6,"column":121}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":6,"column":112},"end":{"line":6,"column":123}}}) : helper))) != null ? stack1 : "")
    + "% "
    + ((stack1 = (((helper = lookupProperty(helpers,"subject") || alias2(depth0, "subject", {"start":{"line":6,"column":127},"end":{"line":6,"column":134}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"subject","hash":{},"data":data,"loc":{"start":{"line":6,"column":125},"end":{"line":6,"column":136}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"outcome") || alias2(depth0, "outcome", {"start":{"line":6,"column":139},"end":{"line":6,"column":146}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"outcome","hash":{},"data":data,"loc":{"start":{"line":6,"column":137},"end":{"line":6,"column":148}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":148},"end":{"line":6,"column":176}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Target increase: \"tỷ lệ người dân có tài khoản định danh điện tử tăng 5,00% (tương ứng số … tăng\n  thêm 350 người)\". The mirror of reduce.\n  View: lead, tail, leadHasRate, group, points \"5,00\", households \"350\", countUnit \"người\".\n--}}\n{{#if lead}}{{lead}}{{#unless leadHasRate}} tỷ lệ {{group.name}}{{/unless}}{{else}}Tỷ lệ {{group.name}}{{/if}} tăng {{points}}% (tương ứng số {{group.name}} tăng thêm {{households}} {{countUnit}}){{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":6,"column":14},"end":{"line":6,"column":18}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":6,"column":12},"end":{"line":6,"column":20}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"leadHasRate"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":20},"end":{"line":6,"column":75}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " tỷ lệ "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":6,"column":52},"end":{"line":6,"column":62}} ), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Tỷ lệ "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":6,"column":91},"end":{"line":6,"column":101}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":6,"column":211},"end":{"line":6,"column":215}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":6,"column":209},"end":{"line":6,"column":217}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":110}}})) != null ? stack1 : "")
    + " tăng "
    + ((stack1 = (((helper = lookupProperty(helpers,"points") || alias2(depth0, "points", {"start":{"line":6,"column":118},"end":{"line":6,"column":124}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":6,"column":116},"end":{"line":6,"column":126}}}) : helper))) != null ? stack1 : "")
    + "% (tương ứng số "
    + ((stack1 = container.lambda(alias2(lookupProperty(depth0,"group"), "name", {"start":{"line":6,"column":144},"end":{"line":6,"column":154}} ), depth0)) != null ? stack1 : "")
    + " tăng thêm "
    + ((stack1 = (((helper = lookupProperty(helpers,"households") || alias2(depth0, "households", {"start":{"line":6,"column":169},"end":{"line":6,"column":179}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"households","hash":{},"data":data,"loc":{"start":{"line":6,"column":167},"end":{"line":6,"column":181}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || alias2(depth0, "countUnit", {"start":{"line":6,"column":184},"end":{"line":6,"column":193}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":6,"column":182},"end":{"line":6,"column":195}}}) : helper))) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":196},"end":{"line":6,"column":224}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Target rate_to: \"tỷ lệ hộ nghèo giảm còn 0,43%\", \"tỷ lệ … tăng lên 45%\", \"tỷ lệ … đạt 90%\".\n  View: lead, tail (or null), leadHasRate (the lead already names the rate: \"Phấn đấu hết năm 2024\n  tỷ lệ hộ nghèo toàn phường\"), group {name …} or null with subject (what the rate is of), rate\n  \"0,43\" (computed) or as declared \"90\", down / up / reach (which way), and the common fields.\n  A target of one year of the period gets \"Năm 2027,\" at the head of its lead.\n  Capitalised when it starts the sentence (no lead).\n--}}\n{{#if lead}}{{lead}}{{#unless leadHasRate}} tỷ lệ {{#if group}}{{group.name}}{{else}}{{subject}}{{/if}}{{/unless}}{{else}}Tỷ lệ {{#if group}}{{group.name}}{{else}}{{subject}}{{/if}}{{/if}} {{#if up}}tăng lên{{else}}{{#if reach}}đạt{{else}}giảm còn{{/if}}{{/if}} {{rate}}%{{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":9,"column":14},"end":{"line":9,"column":18}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":9,"column":12},"end":{"line":9,"column":20}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"leadHasRate"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":20},"end":{"line":9,"column":114}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " tỷ lệ "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":9,"column":50},"end":{"line":9,"column":103}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":9,"column":65},"end":{"line":9,"column":75}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"subject") || container.strict(depth0, "subject", {"start":{"line":9,"column":87},"end":{"line":9,"column":94}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"subject","hash":{},"data":data,"loc":{"start":{"line":9,"column":85},"end":{"line":9,"column":96}}}) : helper))) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Tỷ lệ "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":9,"column":128},"end":{"line":9,"column":181}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "tăng lên";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reach"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":9,"column":215},"end":{"line":9,"column":254}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "đạt";
},"8":function(container,depth0,helpers,partials,data) {
    return "giảm còn";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":9,"column":286},"end":{"line":9,"column":290}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":9,"column":284},"end":{"line":9,"column":292}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":188}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"up"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":9,"column":189},"end":{"line":9,"column":261}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"rate") || container.strict(depth0, "rate", {"start":{"line":9,"column":264},"end":{"line":9,"column":268}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"rate","hash":{},"data":data,"loc":{"start":{"line":9,"column":262},"end":{"line":9,"column":270}}}) : helper))) != null ? stack1 : "")
    + "%"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":271},"end":{"line":9,"column":299}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Target reduce: \"tỷ lệ hộ nghèo … giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ)\".\n  View: lead, tail, leadHasRate (the lead already names the rate: \"Tỷ lệ hộ nghèo theo chuẩn nghèo\n  đa chiều thực hiện mức\"), group, points \"1,11\", households \"16\", countUnit \"hộ\", standard {title …}\n  or null.\n--}}\n{{#if lead}}{{lead}}{{#unless leadHasRate}} tỷ lệ {{group.name}}{{#if standard}} theo {{standard.title}}{{/if}}{{/unless}}{{else}}Tỷ lệ {{group.name}}{{#if standard}} theo {{standard.title}}{{/if}}{{/if}} giảm {{points}}% (tương ứng số {{group.name}} phải giảm là {{households}} {{countUnit}}){{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":7,"column":14},"end":{"line":7,"column":18}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":20}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(depth0,"leadHasRate"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":20},"end":{"line":7,"column":122}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " tỷ lệ "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":7,"column":52},"end":{"line":7,"column":62}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"standard"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":64},"end":{"line":7,"column":111}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " theo "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"standard"), "title", {"start":{"line":7,"column":88},"end":{"line":7,"column":102}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Tỷ lệ "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":7,"column":138},"end":{"line":7,"column":148}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"standard"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":150},"end":{"line":7,"column":197}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":7,"column":308},"end":{"line":7,"column":312}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":7,"column":306},"end":{"line":7,"column":314}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":204}}})) != null ? stack1 : "")
    + " giảm "
    + ((stack1 = (((helper = lookupProperty(helpers,"points") || alias2(depth0, "points", {"start":{"line":7,"column":212},"end":{"line":7,"column":218}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"points","hash":{},"data":data,"loc":{"start":{"line":7,"column":210},"end":{"line":7,"column":220}}}) : helper))) != null ? stack1 : "")
    + "% (tương ứng số "
    + ((stack1 = container.lambda(alias2(lookupProperty(depth0,"group"), "name", {"start":{"line":7,"column":238},"end":{"line":7,"column":248}} ), depth0)) != null ? stack1 : "")
    + " phải giảm là "
    + ((stack1 = (((helper = lookupProperty(helpers,"households") || alias2(depth0, "households", {"start":{"line":7,"column":266},"end":{"line":7,"column":276}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"households","hash":{},"data":data,"loc":{"start":{"line":7,"column":264},"end":{"line":7,"column":278}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || alias2(depth0, "countUnit", {"start":{"line":7,"column":281},"end":{"line":7,"column":290}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":7,"column":279},"end":{"line":7,"column":292}}}) : helper))) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":293},"end":{"line":7,"column":321}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Target reduce_share: \"giảm 35% số hộ nghèo cuối năm 2023 (tương ứng 06 hộ)\".\n  View: lead, tail, group, percent \"35\", households \"06\", countUnit \"hộ\", baselineYear.\n--}}\n{{#if lead}}{{lead}} giảm{{else}}Giảm{{/if}} {{percent}}% số {{group.name}}{{#if baselineYear}} cuối năm {{baselineYear}}{{/if}} (tương ứng {{households}} {{countUnit}}){{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":5,"column":14},"end":{"line":5,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":5,"column":12},"end":{"line":5,"column":20}}}) : helper))) != null ? stack1 : "")
    + " giảm";
},"1":function(container,depth0,helpers,partials,data) {
    return "Giảm";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " cuối năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"baselineYear") || container.strict(depth0, "baselineYear", {"start":{"line":5,"column":107},"end":{"line":5,"column":119}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"baselineYear","hash":{},"data":data,"loc":{"start":{"line":5,"column":105},"end":{"line":5,"column":121}}}) : helper))) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":5,"column":184},"end":{"line":5,"column":188}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":5,"column":182},"end":{"line":5,"column":190}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":44}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"percent") || alias2(depth0, "percent", {"start":{"line":5,"column":47},"end":{"line":5,"column":54}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"percent","hash":{},"data":data,"loc":{"start":{"line":5,"column":45},"end":{"line":5,"column":56}}}) : helper))) != null ? stack1 : "")
    + "% số "
    + ((stack1 = container.lambda(alias2(lookupProperty(depth0,"group"), "name", {"start":{"line":5,"column":63},"end":{"line":5,"column":73}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"baselineYear"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":75},"end":{"line":5,"column":128}}})) != null ? stack1 : "")
    + " (tương ứng "
    + ((stack1 = (((helper = lookupProperty(helpers,"households") || alias2(depth0, "households", {"start":{"line":5,"column":142},"end":{"line":5,"column":152}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"households","hash":{},"data":data,"loc":{"start":{"line":5,"column":140},"end":{"line":5,"column":154}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || alias2(depth0, "countUnit", {"start":{"line":5,"column":157},"end":{"line":5,"column":166}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":5,"column":155},"end":{"line":5,"column":168}}}) : helper))) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":169},"end":{"line":5,"column":197}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Target text: the plan's own words.\n  View: lead, tail, text.\n--}}\n{{#if lead}}{{lead}} {{/if}}{{text}}{{#if tail}} {{tail}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"lead") || container.strict(depth0, "lead", {"start":{"line":5,"column":14},"end":{"line":5,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":5,"column":12},"end":{"line":5,"column":20}}}) : helper))) != null ? stack1 : "")
    + " ";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"tail") || container.strict(depth0, "tail", {"start":{"line":5,"column":51},"end":{"line":5,"column":55}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tail","hash":{},"data":data,"loc":{"start":{"line":5,"column":49},"end":{"line":5,"column":57}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"lead"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":5,"column":28}}})) != null ? stack1 : "")
    + ((stack1 = (((helper = lookupProperty(helpers,"text") || container.strict(depth0, "text", {"start":{"line":5,"column":30},"end":{"line":5,"column":34}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":5,"column":28},"end":{"line":5,"column":36}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tail"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":36},"end":{"line":5,"column":64}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  The poverty standards of the plan's period: {template: chuan-ngheo}. Needs statistics.standard.\n  View: as tinh-hinh; standardsNote \"Trong giai đoạn 2026-2030, năm 2026 áp dụng … theo Nghị định số\n  07/2021/NĐ-CP; từ năm 2027 đến năm 2030 áp dụng … theo Nghị định số 351/2025/NĐ-CP.\" (labels\n  standardEras and standardEra; the standards and their years come from data/standards).\n--}}\n{{standardsNote}}\n", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"standardsNote") || container.strict(depth0, "standardsNote", {"start":{"line":7,"column":2},"end":{"line":7,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standardsNote","hash":{},"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":17}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  The budget: {template: kinh-phi}.\n  View: as tinh-hinh; budget {total \"383\", unit \"triệu đồng\", sources: [{name, amount}], several (more than one source),\n  note (inline markup) or null}. The wording fits the body's own budget and outside sources alike:\n  one source \"… dự kiến 383 triệu đồng từ Ngân sách tỉnh\", several \"…, gồm: A 300 triệu đồng; B …\".\n--}}\nTổng kinh phí thực hiện: dự kiến {{budget.total}} {{budget.unit}}{{#if budget.several}}, gồm: {{#each budget.sources}}{{name}} {{amount}} {{../budget.unit}}{{#unless @last}}; {{/unless}}{{/each}}{{else}}{{#each budget.sources}} từ {{name}}{{/each}}{{/if}}.\n{{#if budget.note}}\n\n{{budget.note}}\n{{/if}}\n", {"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", gồm: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"budget"),"sources"),{"name":"each","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":94},"end":{"line":7,"column":195}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":7,"column":120},"end":{"line":7,"column":124}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":7,"column":118},"end":{"line":7,"column":126}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"amount") || alias1(depth0, "amount", {"start":{"line":7,"column":129},"end":{"line":7,"column":135}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"amount","hash":{},"data":data,"loc":{"start":{"line":7,"column":127},"end":{"line":7,"column":137}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depths[1],"budget"), "unit", {"start":{"line":7,"column":140},"end":{"line":7,"column":154}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":156},"end":{"line":7,"column":186}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "; ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"budget"),"sources"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":203},"end":{"line":7,"column":248}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " từ "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":7,"column":233},"end":{"line":7,"column":237}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":7,"column":231},"end":{"line":7,"column":239}}}) : helper))) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n"
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"budget"), "note", {"start":{"line":10,"column":2},"end":{"line":10,"column":13}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Tổng kinh phí thực hiện: dự kiến "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"budget"), "total", {"start":{"line":7,"column":35},"end":{"line":7,"column":47}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"budget"), "unit", {"start":{"line":7,"column":52},"end":{"line":7,"column":63}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"budget"),"several"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.program(3, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":7,"column":65},"end":{"line":7,"column":255}}})) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"budget"),"note"),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"useData":true,"useDepths":true}],
  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
},"useData":true}],
  ["Độc lập - Tự do - Hạnh phúc", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Độc lập - Tự do - Hạnh phúc";
},"useData":true}],
  ["DỰ THẢO", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "DỰ THẢO";
},"useData":true}],
  ["Số: {{number}}/{{symbol}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Số: "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":1,"column":6},"end":{"line":1,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "")
    + "/"
    + ((stack1 = (((helper = lookupProperty(helpers,"symbol") || alias1(depth0, "symbol", {"start":{"line":1,"column":17},"end":{"line":1,"column":23}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"symbol","hash":{},"data":data,"loc":{"start":{"line":1,"column":15},"end":{"line":1,"column":25}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["KẾ HOẠCH", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "KẾ HOẠCH";
},"useData":true}],
  ["Kế hoạch", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Kế hoạch";
},"useData":true}],
  ["Căn cứ {{ref}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Căn cứ "
    + ((stack1 = (((helper = lookupProperty(helpers,"ref") || container.strict(depth0, "ref", {"start":{"line":1,"column":9},"end":{"line":1,"column":12}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"ref","hash":{},"data":data,"loc":{"start":{"line":1,"column":7},"end":{"line":1,"column":14}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["{{kind}}{{#if number}} số {{number}}{{/if}}{{#if date}} ngày {{date}}{{/if}}{{#if issuer}} của {{issuer}}{{/if}}{{#if about}} {{about}}{{/if}}", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " số "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || container.strict(depth0, "number", {"start":{"line":1,"column":28},"end":{"line":1,"column":34}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":1,"column":26},"end":{"line":1,"column":36}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ngày "
    + ((stack1 = (((helper = lookupProperty(helpers,"date") || container.strict(depth0, "date", {"start":{"line":1,"column":63},"end":{"line":1,"column":67}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":61},"end":{"line":1,"column":69}}}) : helper))) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " của "
    + ((stack1 = (((helper = lookupProperty(helpers,"issuer") || container.strict(depth0, "issuer", {"start":{"line":1,"column":97},"end":{"line":1,"column":103}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"issuer","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":105}}}) : helper))) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"about") || container.strict(depth0, "about", {"start":{"line":1,"column":128},"end":{"line":1,"column":133}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"about","hash":{},"data":data,"loc":{"start":{"line":1,"column":126},"end":{"line":1,"column":135}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"kind") || container.strict(depth0, "kind", {"start":{"line":1,"column":2},"end":{"line":1,"column":6}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":8}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"number"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":43}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"date"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":43},"end":{"line":1,"column":76}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"issuer"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":76},"end":{"line":1,"column":112}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"about"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":112},"end":{"line":1,"column":142}}})) != null ? stack1 : "");
},"useData":true}],
  ["Đề nghị {{agency}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Đề nghị "
    + ((stack1 = (((helper = lookupProperty(helpers,"agency") || container.strict(depth0, "agency", {"start":{"line":1,"column":10},"end":{"line":1,"column":16}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"agency","hash":{},"data":data,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":18}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Nơi nhận:", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Nơi nhận:";
},"useData":true}],
  ["{{text}} (B/c)", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"text") || container.strict(depth0, "text", {"start":{"line":1,"column":2},"end":{"line":1,"column":6}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":8}}}) : helper))) != null ? stack1 : "")
    + " (B/c)";
},"useData":true}],
  ["{{text}} (T/h)", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"text") || container.strict(depth0, "text", {"start":{"line":1,"column":2},"end":{"line":1,"column":6}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":8}}}) : helper))) != null ? stack1 : "")
    + " (T/h)";
},"useData":true}],
  ["Lưu: {{archive}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Lưu: "
    + ((stack1 = (((helper = lookupProperty(helpers,"archive") || container.strict(depth0, "archive", {"start":{"line":1,"column":7},"end":{"line":1,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"archive","hash":{},"data":data,"loc":{"start":{"line":1,"column":5},"end":{"line":1,"column":16}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["{{authority}} {{onBehalfOf}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"authority") || alias1(depth0, "authority", {"start":{"line":1,"column":2},"end":{"line":1,"column":11}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"authority","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":13}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"onBehalfOf") || alias1(depth0, "onBehalfOf", {"start":{"line":1,"column":16},"end":{"line":1,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"onBehalfOf","hash":{},"data":data,"loc":{"start":{"line":1,"column":14},"end":{"line":1,"column":28}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["TM. {{collective}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "TM. "
    + ((stack1 = (((helper = lookupProperty(helpers,"collective") || container.strict(depth0, "collective", {"start":{"line":1,"column":6},"end":{"line":1,"column":16}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"collective","hash":{},"data":data,"loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":18}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Năm {{year}},", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"year") || container.strict(depth0, "year", {"start":{"line":1,"column":6},"end":{"line":1,"column":10}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"year","hash":{},"data":data,"loc":{"start":{"line":1,"column":4},"end":{"line":1,"column":12}}}) : helper))) != null ? stack1 : "")
    + ",";
},"useData":true}],
  ["{{#if single}}năm {{from}}{{else}}từ năm {{from}} đến năm {{to}}{{/if}} áp dụng {{title}} theo {{name}}", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"from") || container.strict(depth0, "from", {"start":{"line":1,"column":20},"end":{"line":1,"column":24}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"from","hash":{},"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":26}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "từ năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"from") || alias1(depth0, "from", {"start":{"line":1,"column":43},"end":{"line":1,"column":47}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"from","hash":{},"data":data,"loc":{"start":{"line":1,"column":41},"end":{"line":1,"column":49}}}) : helper))) != null ? stack1 : "")
    + " đến năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"to") || alias1(depth0, "to", {"start":{"line":1,"column":60},"end":{"line":1,"column":62}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"to","hash":{},"data":data,"loc":{"start":{"line":1,"column":58},"end":{"line":1,"column":64}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"single"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":71}}})) != null ? stack1 : "")
    + " áp dụng "
    + ((stack1 = (((helper = lookupProperty(helpers,"title") || alias2(depth0, "title", {"start":{"line":1,"column":82},"end":{"line":1,"column":87}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":80},"end":{"line":1,"column":89}}}) : helper))) != null ? stack1 : "")
    + " theo "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias2(depth0, "name", {"start":{"line":1,"column":97},"end":{"line":1,"column":101}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":103}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["{{#if periodIsRange}}Trong giai đoạn {{period}}, {{eras}}{{else}}{{Eras}}{{/if}}.", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Trong giai đoạn "
    + ((stack1 = (((helper = lookupProperty(helpers,"period") || alias1(depth0, "period", {"start":{"line":1,"column":39},"end":{"line":1,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"period","hash":{},"data":data,"loc":{"start":{"line":1,"column":37},"end":{"line":1,"column":47}}}) : helper))) != null ? stack1 : "")
    + ", "
    + ((stack1 = (((helper = lookupProperty(helpers,"eras") || alias1(depth0, "eras", {"start":{"line":1,"column":51},"end":{"line":1,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"eras","hash":{},"data":data,"loc":{"start":{"line":1,"column":49},"end":{"line":1,"column":57}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"Eras") || container.strict(depth0, "Eras", {"start":{"line":1,"column":67},"end":{"line":1,"column":71}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"Eras","hash":{},"data":data,"loc":{"start":{"line":1,"column":65},"end":{"line":1,"column":73}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"periodIsRange"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":80}}})) != null ? stack1 : "")
    + ".";
},"useData":true}],
  ["Phụ lục{{#if roman}} {{roman}}{{/if}}", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"roman") || container.strict(depth0, "roman", {"start":{"line":1,"column":23},"end":{"line":1,"column":28}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"roman","hash":{},"data":data,"loc":{"start":{"line":1,"column":21},"end":{"line":1,"column":30}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Phụ lục"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"roman"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":7},"end":{"line":1,"column":37}}})) != null ? stack1 : "");
},"useData":true}],
  ["**Biểu {{number}}**", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Biểu "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || container.strict(depth0, "number", {"start":{"line":1,"column":9},"end":{"line":1,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"number","hash":{},"data":data,"loc":{"start":{"line":1,"column":7},"end":{"line":1,"column":17}}}) : helper))) != null ? stack1 : "")
    + "**";
},"useData":true}],
  ["(Chi tiết tại {{label}} kèm theo {{kind}} này)", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "(Chi tiết tại "
    + ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":1,"column":16},"end":{"line":1,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":1,"column":14},"end":{"line":1,"column":23}}}) : helper))) != null ? stack1 : "")
    + " kèm theo "
    + ((stack1 = (((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":1,"column":33},"end":{"line":1,"column":41}}}) : helper))) != null ? stack1 : "")
    + " này)";
},"useData":true}],
  ["(Kèm theo {{kind}} số {{number}}/{{symbol}} {{date}} của {{issuer}})", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "(Kèm theo "
    + ((stack1 = (((helper = lookupProperty(helpers,"kind") || alias1(depth0, "kind", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kind","hash":{},"data":data,"loc":{"start":{"line":1,"column":10},"end":{"line":1,"column":18}}}) : helper))) != null ? stack1 : "")
    + " số "
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":1,"column":24},"end":{"line":1,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":1,"column":22},"end":{"line":1,"column":32}}}) : helper))) != null ? stack1 : "")
    + "/"
    + ((stack1 = (((helper = lookupProperty(helpers,"symbol") || alias1(depth0, "symbol", {"start":{"line":1,"column":35},"end":{"line":1,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"symbol","hash":{},"data":data,"loc":{"start":{"line":1,"column":33},"end":{"line":1,"column":43}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"date") || alias1(depth0, "date", {"start":{"line":1,"column":46},"end":{"line":1,"column":50}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":1,"column":44},"end":{"line":1,"column":52}}}) : helper))) != null ? stack1 : "")
    + " của "
    + ((stack1 = (((helper = lookupProperty(helpers,"issuer") || alias1(depth0, "issuer", {"start":{"line":1,"column":59},"end":{"line":1,"column":65}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"issuer","hash":{},"data":data,"loc":{"start":{"line":1,"column":57},"end":{"line":1,"column":67}}}) : helper))) != null ? stack1 : "")
    + ")";
},"useData":true}],
  ["TT", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "TT";
},"useData":true}],
  ["{{UnitLabel}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"UnitLabel") || container.strict(depth0, "UnitLabel", {"start":{"line":1,"column":2},"end":{"line":1,"column":11}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"UnitLabel","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":13}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["{{#if countsHouseholds}}Tổng số hộ dân cư{{else}}Tổng số {{countUnit}}{{/if}}", {"0":function(container,depth0,helpers,partials,data) {
    return "Tổng số hộ dân cư";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Tổng số "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || container.strict(depth0, "countUnit", {"start":{"line":1,"column":59},"end":{"line":1,"column":68}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":1,"column":57},"end":{"line":1,"column":70}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"countsHouseholds"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":77}}})) != null ? stack1 : "");
},"useData":true}],
  ["{{upper}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"upper") || container.strict(depth0, "upper", {"start":{"line":1,"column":2},"end":{"line":1,"column":7}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"upper","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":9}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Số {{countUnit}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Số "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || container.strict(depth0, "countUnit", {"start":{"line":1,"column":5},"end":{"line":1,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":16}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Tỷ lệ %", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Tỷ lệ %";
},"useData":true}],
  ["{{#if standard}}Phê duyệt cuối năm{{else}}Cuối năm{{/if}} {{baselineYear}}", {"0":function(container,depth0,helpers,partials,data) {
    return "Phê duyệt cuối năm";
},"1":function(container,depth0,helpers,partials,data) {
    return "Cuối năm";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"standard"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":57}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"baselineYear") || container.strict(depth0, "baselineYear", {"start":{"line":1,"column":60},"end":{"line":1,"column":72}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"baselineYear","hash":{},"data":data,"loc":{"start":{"line":1,"column":58},"end":{"line":1,"column":74}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["{{#if standard}}Có khả năng thoát {{#if isNearPoor}}cận nghèo{{else}}nghèo{{/if}}{{else}}Dự kiến giảm{{/if}} {{#if periodIsRange}}giai đoạn {{period}}{{else}}năm {{year}}{{/if}}", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Có khả năng thoát "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"isNearPoor"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":34},"end":{"line":1,"column":81}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "cận nghèo";
},"2":function(container,depth0,helpers,partials,data) {
    return "nghèo";
},"3":function(container,depth0,helpers,partials,data) {
    return "Dự kiến giảm";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "giai đoạn "
    + ((stack1 = (((helper = lookupProperty(helpers,"period") || container.strict(depth0, "period", {"start":{"line":1,"column":142},"end":{"line":1,"column":148}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"period","hash":{},"data":data,"loc":{"start":{"line":1,"column":140},"end":{"line":1,"column":150}}}) : helper))) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"year") || container.strict(depth0, "year", {"start":{"line":1,"column":164},"end":{"line":1,"column":168}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"year","hash":{},"data":data,"loc":{"start":{"line":1,"column":162},"end":{"line":1,"column":170}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"standard"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":108}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"periodIsRange"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":1,"column":109},"end":{"line":1,"column":177}}})) != null ? stack1 : "");
},"useData":true}],
  ["{{#if standard}}Phát sinh mới{{else}}Dự kiến tăng thêm{{/if}} {{#if periodIsRange}}giai đoạn {{period}}{{else}}năm {{year}}{{/if}}", {"0":function(container,depth0,helpers,partials,data) {
    return "Phát sinh mới";
},"1":function(container,depth0,helpers,partials,data) {
    return "Dự kiến tăng thêm";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "giai đoạn "
    + ((stack1 = (((helper = lookupProperty(helpers,"period") || container.strict(depth0, "period", {"start":{"line":1,"column":95},"end":{"line":1,"column":101}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"period","hash":{},"data":data,"loc":{"start":{"line":1,"column":93},"end":{"line":1,"column":103}}}) : helper))) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"year") || container.strict(depth0, "year", {"start":{"line":1,"column":117},"end":{"line":1,"column":121}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"year","hash":{},"data":data,"loc":{"start":{"line":1,"column":115},"end":{"line":1,"column":123}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"standard"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":61}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"periodIsRange"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":62},"end":{"line":1,"column":130}}})) != null ? stack1 : "");
},"useData":true}],
  ["Cuối năm {{year}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Cuối năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"year") || container.strict(depth0, "year", {"start":{"line":1,"column":11},"end":{"line":1,"column":15}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"year","hash":{},"data":data,"loc":{"start":{"line":1,"column":9},"end":{"line":1,"column":17}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Tổng số {{name}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Tổng số "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":1,"column":10},"end":{"line":1,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":16}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Số {{name}} thiếu hụt theo chỉ số", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Số "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":1,"column":5},"end":{"line":1,"column":9}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":11}}}) : helper))) != null ? stack1 : "")
    + " thiếu hụt theo chỉ số";
},"useData":true}],
  ["Trong đó", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Trong đó";
},"useData":true}],
  ["Tổng số nhân khẩu", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Tổng số nhân khẩu";
},"useData":true}],
  ["*Ghi chú: {{items}}.*", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "*Ghi chú: "
    + ((stack1 = (((helper = lookupProperty(helpers,"items") || container.strict(depth0, "items", {"start":{"line":1,"column":12},"end":{"line":1,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"items","hash":{},"data":data,"loc":{"start":{"line":1,"column":10},"end":{"line":1,"column":19}}}) : helper))) != null ? stack1 : "")
    + ".*";
},"useData":true}],
  ["({{number}}) {{Name}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "("
    + ((stack1 = (((helper = lookupProperty(helpers,"number") || alias1(depth0, "number", {"start":{"line":1,"column":3},"end":{"line":1,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"number","hash":{},"data":data,"loc":{"start":{"line":1,"column":1},"end":{"line":1,"column":11}}}) : helper))) != null ? stack1 : "")
    + ") "
    + ((stack1 = (((helper = lookupProperty(helpers,"Name") || alias1(depth0, "Name", {"start":{"line":1,"column":15},"end":{"line":1,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"Name","hash":{},"data":data,"loc":{"start":{"line":1,"column":13},"end":{"line":1,"column":21}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Cộng", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Cộng";
},"useData":true}],
  ["Chưa khớp: các phần {{breakdown}} cộng lại {{sum}} {{countUnit}}, số {{group}} của {{unit}} là {{households}} {{countUnit}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Chưa khớp: các phần "
    + ((stack1 = (((helper = lookupProperty(helpers,"breakdown") || alias1(depth0, "breakdown", {"start":{"line":1,"column":22},"end":{"line":1,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"breakdown","hash":{},"data":data,"loc":{"start":{"line":1,"column":20},"end":{"line":1,"column":33}}}) : helper))) != null ? stack1 : "")
    + " cộng lại "
    + ((stack1 = (((helper = lookupProperty(helpers,"sum") || alias1(depth0, "sum", {"start":{"line":1,"column":45},"end":{"line":1,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"sum","hash":{},"data":data,"loc":{"start":{"line":1,"column":43},"end":{"line":1,"column":50}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || alias1(depth0, "countUnit", {"start":{"line":1,"column":53},"end":{"line":1,"column":62}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":1,"column":51},"end":{"line":1,"column":64}}}) : helper))) != null ? stack1 : "")
    + ", số "
    + ((stack1 = (((helper = lookupProperty(helpers,"group") || alias1(depth0, "group", {"start":{"line":1,"column":71},"end":{"line":1,"column":76}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"group","hash":{},"data":data,"loc":{"start":{"line":1,"column":69},"end":{"line":1,"column":78}}}) : helper))) != null ? stack1 : "")
    + " của "
    + ((stack1 = (((helper = lookupProperty(helpers,"unit") || alias1(depth0, "unit", {"start":{"line":1,"column":85},"end":{"line":1,"column":89}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"unit","hash":{},"data":data,"loc":{"start":{"line":1,"column":83},"end":{"line":1,"column":91}}}) : helper))) != null ? stack1 : "")
    + " là "
    + ((stack1 = (((helper = lookupProperty(helpers,"households") || alias1(depth0, "households", {"start":{"line":1,"column":97},"end":{"line":1,"column":107}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"households","hash":{},"data":data,"loc":{"start":{"line":1,"column":95},"end":{"line":1,"column":109}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"countUnit") || alias1(depth0, "countUnit", {"start":{"line":1,"column":112},"end":{"line":1,"column":121}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"countUnit","hash":{},"data":data,"loc":{"start":{"line":1,"column":110},"end":{"line":1,"column":123}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Chưa khớp: dòng tổng ghi {{what}} là {{declared}}, cộng các {{unitLabel}} được {{sum}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Chưa khớp: dòng tổng ghi "
    + ((stack1 = (((helper = lookupProperty(helpers,"what") || alias1(depth0, "what", {"start":{"line":1,"column":27},"end":{"line":1,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"what","hash":{},"data":data,"loc":{"start":{"line":1,"column":25},"end":{"line":1,"column":33}}}) : helper))) != null ? stack1 : "")
    + " là "
    + ((stack1 = (((helper = lookupProperty(helpers,"declared") || alias1(depth0, "declared", {"start":{"line":1,"column":39},"end":{"line":1,"column":47}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"declared","hash":{},"data":data,"loc":{"start":{"line":1,"column":37},"end":{"line":1,"column":49}}}) : helper))) != null ? stack1 : "")
    + ", cộng các "
    + ((stack1 = (((helper = lookupProperty(helpers,"unitLabel") || alias1(depth0, "unitLabel", {"start":{"line":1,"column":62},"end":{"line":1,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"unitLabel","hash":{},"data":data,"loc":{"start":{"line":1,"column":60},"end":{"line":1,"column":73}}}) : helper))) != null ? stack1 : "")
    + " được "
    + ((stack1 = (((helper = lookupProperty(helpers,"sum") || alias1(depth0, "sum", {"start":{"line":1,"column":81},"end":{"line":1,"column":84}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"sum","hash":{},"data":data,"loc":{"start":{"line":1,"column":79},"end":{"line":1,"column":86}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["Chưa khớp: {{unit}} ghi số dự kiến ra khỏi diện {{exits}}, phần “{{part}}” ghi {{count}}", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Chưa khớp: "
    + ((stack1 = (((helper = lookupProperty(helpers,"unit") || alias1(depth0, "unit", {"start":{"line":1,"column":13},"end":{"line":1,"column":17}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"unit","hash":{},"data":data,"loc":{"start":{"line":1,"column":11},"end":{"line":1,"column":19}}}) : helper))) != null ? stack1 : "")
    + " ghi số dự kiến ra khỏi diện "
    + ((stack1 = (((helper = lookupProperty(helpers,"exits") || alias1(depth0, "exits", {"start":{"line":1,"column":50},"end":{"line":1,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"exits","hash":{},"data":data,"loc":{"start":{"line":1,"column":48},"end":{"line":1,"column":57}}}) : helper))) != null ? stack1 : "")
    + ", phần “"
    + ((stack1 = (((helper = lookupProperty(helpers,"part") || alias1(depth0, "part", {"start":{"line":1,"column":67},"end":{"line":1,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"part","hash":{},"data":data,"loc":{"start":{"line":1,"column":65},"end":{"line":1,"column":73}}}) : helper))) != null ? stack1 : "")
    + "” ghi "
    + ((stack1 = (((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":1,"column":81},"end":{"line":1,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":1,"column":79},"end":{"line":1,"column":88}}}) : helper))) != null ? stack1 : "");
},"useData":true}],
  ["{{content}}. Cơ quan chủ trì: {{lead}}{{#if support}}; phối hợp: {{support}}{{/if}}. Thời gian hoàn thành: {{deadline}}.{{#if output}} Sản phẩm: {{output}}.{{/if}}", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; phối hợp: "
    + ((stack1 = (((helper = lookupProperty(helpers,"support") || container.strict(depth0, "support", {"start":{"line":1,"column":67},"end":{"line":1,"column":74}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"support","hash":{},"data":data,"loc":{"start":{"line":1,"column":65},"end":{"line":1,"column":76}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Sản phẩm: "
    + ((stack1 = (((helper = lookupProperty(helpers,"output") || container.strict(depth0, "output", {"start":{"line":1,"column":147},"end":{"line":1,"column":153}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"output","hash":{},"data":data,"loc":{"start":{"line":1,"column":145},"end":{"line":1,"column":155}}}) : helper))) != null ? stack1 : "")
    + ".";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"content") || alias1(depth0, "content", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"content","hash":{},"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":11}}}) : helper))) != null ? stack1 : "")
    + ". Cơ quan chủ trì: "
    + ((stack1 = (((helper = lookupProperty(helpers,"lead") || alias1(depth0, "lead", {"start":{"line":1,"column":32},"end":{"line":1,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lead","hash":{},"data":data,"loc":{"start":{"line":1,"column":30},"end":{"line":1,"column":38}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"support"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":38},"end":{"line":1,"column":83}}})) != null ? stack1 : "")
    + ". Thời gian hoàn thành: "
    + ((stack1 = (((helper = lookupProperty(helpers,"deadline") || alias1(depth0, "deadline", {"start":{"line":1,"column":109},"end":{"line":1,"column":117}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"deadline","hash":{},"data":data,"loc":{"start":{"line":1,"column":107},"end":{"line":1,"column":119}}}) : helper))) != null ? stack1 : "")
    + "."
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"output"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":120},"end":{"line":1,"column":163}}})) != null ? stack1 : "");
},"useData":true}],
  ["Nội dung nhiệm vụ", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Nội dung nhiệm vụ";
},"useData":true}],
  ["Cơ quan chủ trì", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Cơ quan chủ trì";
},"useData":true}],
  ["Cơ quan phối hợp", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Cơ quan phối hợp";
},"useData":true}],
  ["Thời gian hoàn thành", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Thời gian hoàn thành";
},"useData":true}],
  ["Sản phẩm", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Sản phẩm";
},"useData":true}],
  ["Kinh phí ({{unit}})", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Kinh phí ("
    + ((stack1 = (((helper = lookupProperty(helpers,"unit") || container.strict(depth0, "unit", {"start":{"line":1,"column":12},"end":{"line":1,"column":16}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"unit","hash":{},"data":data,"loc":{"start":{"line":1,"column":10},"end":{"line":1,"column":18}}}) : helper))) != null ? stack1 : "")
    + ")";
},"useData":true}],
  ["Nguồn kinh phí", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Nguồn kinh phí";
},"useData":true}],
  ["Chủ trì thực hiện {{#if many}}các nhiệm vụ{{else}}nhiệm vụ{{/if}}:", {"0":function(container,depth0,helpers,partials,data) {
    return "các nhiệm vụ";
},"1":function(container,depth0,helpers,partials,data) {
    return "nhiệm vụ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Chủ trì thực hiện "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"many"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":65}}})) != null ? stack1 : "")
    + ":";
},"useData":true}],
  ["Phối hợp thực hiện {{#if many}}các nhiệm vụ{{else}}nhiệm vụ{{/if}}:", {"0":function(container,depth0,helpers,partials,data) {
    return "các nhiệm vụ";
},"1":function(container,depth0,helpers,partials,data) {
    return "nhiệm vụ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Phối hợp thực hiện "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"many"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":66}}})) != null ? stack1 : "")
    + ":";
},"useData":true}],
  ["Nhiệm vụ, giải pháp", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Nhiệm vụ, giải pháp";
},"useData":true}],
  ["Kinh phí", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Kinh phí";
},"useData":true}],
  ["Tổ chức thực hiện", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Tổ chức thực hiện";
},"useData":true}],
  ["Chế độ báo cáo", {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    return "Chế độ báo cáo";
},"useData":true}],
  ["{{!--\n  The opening after the legal bases (used automatically).\n  View: refs \"Kế hoạch số 67/KH-UBND ngày 19/02/2024 của … về việc …\" (several joined by \"; \") or\n  null, refList (the same as a list), leadIn (the plan's lead_in, inline markup) or null, and the\n  common fields (unitKind, locality, issuingBody, issuingBodyShort, summary, year, period …).\n--}}\n{{#if refs}}Thực hiện {{refs}}{{#if leadIn}}; {{leadIn}}{{else}}.{{/if}}{{else}}{{leadIn}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Thực hiện "
    + ((stack1 = (((helper = lookupProperty(helpers,"refs") || container.strict(depth0, "refs", {"start":{"line":7,"column":24},"end":{"line":7,"column":28}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"refs","hash":{},"data":data,"loc":{"start":{"line":7,"column":22},"end":{"line":7,"column":30}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"leadIn"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":7,"column":30},"end":{"line":7,"column":72}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "; "
    + ((stack1 = (((helper = lookupProperty(helpers,"leadIn") || container.strict(depth0, "leadIn", {"start":{"line":7,"column":48},"end":{"line":7,"column":54}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"leadIn","hash":{},"data":data,"loc":{"start":{"line":7,"column":46},"end":{"line":7,"column":56}}}) : helper))) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ".";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"leadIn") || container.strict(depth0, "leadIn", {"start":{"line":7,"column":82},"end":{"line":7,"column":88}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"leadIn","hash":{},"data":data,"loc":{"start":{"line":7,"column":80},"end":{"line":7,"column":90}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"refs"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":97}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  The parts of a breakdown: {template: phan-loai, breakdown: kha_nang_thoat_ngheo}.\n  View: as tinh-hinh (group is the breakdown's group); breakdown {id, label, group,\n  parts: [{id, label, count \"04\"}]}.\n--}}\n- {{#each breakdown.parts}}{{label}}: {{count}} {{@root.countUnit}}{{#if @last}}.{{else}}; {{/if}}{{/each}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":6,"column":29},"end":{"line":6,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":27},"end":{"line":6,"column":36}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":6,"column":40},"end":{"line":6,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":6,"column":38},"end":{"line":6,"column":47}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(data,"root"), "countUnit", {"start":{"line":6,"column":50},"end":{"line":6,"column":65}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(data,"last"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":67},"end":{"line":6,"column":98}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return ".";
},"2":function(container,depth0,helpers,partials,data) {
    return "; ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"breakdown"),"parts"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":2},"end":{"line":6,"column":107}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
  ["{{!--\n  Deprivation of one group by indicator of the plan's standard: {template: thieu-hut, group: poor}.\n  View: as tinh-hinh; group.indicators is a list of {id, name \"việc làm\", Name, dimension,\n  count \"03\", share \"17,65\"} in the standard's order (share of the group's households).\n--}}\n- Kết quả đo lường về mức độ thiếu hụt các dịch vụ xã hội cơ bản của {{group.name}}:\n{{#each group.indicators}}\n+ Thiếu hụt chỉ số {{name}}: {{count}} hộ, tỷ lệ {{share}}%{{#if @last}}.{{else}};{{/if}}\n{{/each}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "+ Thiếu hụt chỉ số "
    + ((stack1 = (((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":8,"column":21},"end":{"line":8,"column":25}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":8,"column":19},"end":{"line":8,"column":27}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":8,"column":31},"end":{"line":8,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":8,"column":29},"end":{"line":8,"column":38}}}) : helper))) != null ? stack1 : "")
    + " hộ, tỷ lệ "
    + ((stack1 = (((helper = lookupProperty(helpers,"share") || alias1(depth0, "share", {"start":{"line":8,"column":51},"end":{"line":8,"column":56}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"share","hash":{},"data":data,"loc":{"start":{"line":8,"column":49},"end":{"line":8,"column":58}}}) : helper))) != null ? stack1 : "")
    + "%"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(data,"last"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":8,"column":59},"end":{"line":8,"column":89}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    return ".";
},"2":function(container,depth0,helpers,partials,data) {
    return ";";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Kết quả đo lường về mức độ thiếu hụt các dịch vụ xã hội cơ bản của "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "name", {"start":{"line":6,"column":71},"end":{"line":6,"column":81}} ), depth0)) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"group"),"indicators"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"useData":true}],
  ["{{!--\n  The situation of one group at the baseline: {template: tinh-hinh, group: poor}.\n  View: unitKind \"phường\", locality, baselineYear \"2023\", year, period, standard {name, title,\n  period} or null, countUnit \"hộ\", totalHouseholds; group {id, name \"hộ nghèo\", Name \"Hộ nghèo\", upper,\n  households \"17\", persons \"29\" or null, rate \"0,57\", exits, exitRate, entries, entryRate, end,\n  endRate, actualEnd, actualEndRate, indicators}. Rates come without \"%\".\n  standardsNote: when the period spans several poverty standards, the sentence saying which applies\n  to which year (labels standardEras, standardEra), in the first tinh-hinh block only; else null.\n--}}\n{{group.Name}} năm {{baselineYear}}{{#if standard}} theo {{standard.title}}{{/if}} trên địa bàn {{unitKind}} có {{group.households}} {{group.name}}{{#if group.persons}} với {{group.persons}} nhân khẩu{{/if}}, chiếm tỷ lệ {{group.rate}}%.{{#if standardsNote}} {{standardsNote}}{{/if}}\n", {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " theo "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"standard"), "title", {"start":{"line":10,"column":59},"end":{"line":10,"column":73}} ), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " với "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"group"), "persons", {"start":{"line":10,"column":175},"end":{"line":10,"column":188}} ), depth0)) != null ? stack1 : "")
    + " nhân khẩu";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = (((helper = lookupProperty(helpers,"standardsNote") || container.strict(depth0, "standardsNote", {"start":{"line":10,"column":261},"end":{"line":10,"column":274}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"standardsNote","hash":{},"data":data,"loc":{"start":{"line":10,"column":259},"end":{"line":10,"column":276}}}) : helper))) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias2(alias1(lookupProperty(depth0,"group"), "Name", {"start":{"line":10,"column":2},"end":{"line":10,"column":12}} ), depth0)) != null ? stack1 : "")
    + " năm "
    + ((stack1 = (((helper = lookupProperty(helpers,"baselineYear") || alias1(depth0, "baselineYear", {"start":{"line":10,"column":21},"end":{"line":10,"column":33}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"baselineYear","hash":{},"data":data,"loc":{"start":{"line":10,"column":19},"end":{"line":10,"column":35}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"standard"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":35},"end":{"line":10,"column":82}}})) != null ? stack1 : "")
    + " trên địa bàn "
    + ((stack1 = (((helper = lookupProperty(helpers,"unitKind") || alias1(depth0, "unitKind", {"start":{"line":10,"column":98},"end":{"line":10,"column":106}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"unitKind","hash":{},"data":data,"loc":{"start":{"line":10,"column":96},"end":{"line":10,"column":108}}}) : helper))) != null ? stack1 : "")
    + " có "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"group"), "households", {"start":{"line":10,"column":114},"end":{"line":10,"column":130}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"group"), "name", {"start":{"line":10,"column":135},"end":{"line":10,"column":145}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"group"),"persons"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":147},"end":{"line":10,"column":207}}})) != null ? stack1 : "")
    + ", chiếm tỷ lệ "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"group"), "rate", {"start":{"line":10,"column":223},"end":{"line":10,"column":233}} ), depth0)) != null ? stack1 : "")
    + "%."
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"standardsNote"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":237},"end":{"line":10,"column":283}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}],
]);
