#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source3, onError) {
        if (source3 === "!")
          return "!";
        if (source3[0] !== "!") {
          onError(`Not a valid tag: ${source3}`);
          return null;
        }
        if (source3[1] === "<") {
          const verbatim = source3.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source3} is invalid.`);
            return null;
          }
          if (source3[source3.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source3.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source3} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source3;
        onError(`Could not resolve tag: ${source3}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source3) => {
          aliasObjects.push(source3);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source3 of aliasObjects) {
            const ref = sourceObjects.get(source3);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source3;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source3) {
        super(identity.ALIAS);
        this.source = source3;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source3 = this.resolve(ctx.doc, ctx);
        if (!source3) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source3).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source3 = node.resolve(doc);
        const anchor = anchors2 && source3 && anchors2.get(source3);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source3 = resolveAliasValue(ctx, value);
      if (identity.isSeq(source3))
        for (const it of source3.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source3))
        for (const it of source3)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source3);
    }
    function mergeValue(ctx, map, value) {
      const source3 = resolveAliasValue(ctx, value);
      if (!identity.isMap(source3))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source3.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key2, value] of obj2)
            add(key2, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key2 of Object.keys(obj2))
            add(key2, obj2[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key2 = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source: source3 }, ctx) => typeof source3 === "string" && nullTag.test.test(source3) ? source3 : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source: source3, value }, ctx) {
        if (source3 && boolTag.test.test(source3)) {
          const sv = source3[0] === "t" || source3[0] === "T";
          if (value === sv)
            return source3;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs3.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs2.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source: source3 }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source3 && boolObj.test.test(source3))
        return source3;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day2, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day2, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs2 = require_pairs();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs2.pairs,
      set.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp2.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs2.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos2, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos2;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLParseError", pos2, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos2, code, message) {
        super("YAMLWarning", pos2, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos2) => lc.linePos(pos2));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source: source3, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source3.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source3;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source3.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source: source3 } = props[0];
      const mode = source3[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source3.length; ++i) {
        const ch = source3[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source3}`);
      let hasSpace = false;
      let comment = "";
      let length = source3.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source3) {
      const split = source3.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source: source3, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source3, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source3, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source3, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source3.length, offset + source3.length]
          };
      }
      const valueEnd = offset + source3.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source3, onError) {
      let badChar = "";
      switch (source3[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source3[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source3[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source3);
    }
    function singleQuotedValue(source3, onError) {
      if (source3[source3.length - 1] !== "'" || source3.length === 1)
        onError(source3.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source3.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source3) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source3);
      if (!match)
        return source3;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos2 = line.lastIndex;
      while (match = line.exec(source3)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos2 = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos2;
      match = last.exec(source3);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source3, onError) {
      let res = "";
      for (let i = 1; i < source3.length - 1; ++i) {
        const ch = source3[i];
        if (ch === "\r" && source3[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source3, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source3[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source3[i + 1];
            while (next === " " || next === "	")
              next = source3[++i + 1];
          } else if (next === "\r" && source3[i + 1] === "\n") {
            next = source3[++i + 1];
            while (next === " " || next === "	")
              next = source3[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source3, i + 1, length, onError);
            i += length;
          } else {
            const raw = source3.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source3[i + 1];
          while (next === " " || next === "	")
            next = source3[++i + 1];
          if (next !== "\n" && !(next === "\r" && source3[i + 2] === "\n"))
            res += i > wsStart ? source3.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source3[source3.length - 1] !== '"' || source3.length === 1)
        onError(source3.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source3, offset) {
      let fold = "";
      let ch = source3[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source3[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source3[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source3, offset, length, onError) {
      const cc = source3.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source3.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos2) {
      if (before) {
        pos2 ?? (pos2 = before.length);
        for (let i = pos2 - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos2, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos2),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source: source3, end }, onError) {
      const alias = new Alias.Alias(source3.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source3.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source3.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source: source3 } = src;
      return [offset, offset + (typeof source3 === "string" ? source3.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source3 = prelude[i];
        switch (source3[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source3.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source3, code, message, warning) => {
          const pos2 = getErrorPos(source3);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos2, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos2, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos2 = getErrorPos(token);
              pos2[0] += offset;
              this.onError(pos2, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos2, code, message) => {
          const offset = typeof pos2 === "number" ? pos2 : Array.isArray(pos2) ? pos2[0] : pos2.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source3 = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source3[0]) {
        case "|":
        case ">": {
          const he = source3.indexOf("\n");
          const head2 = source3.substring(0, he);
          const body = source3.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head2 }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source: source3, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source: source3, end };
        default:
          return { type: "scalar", offset, indent, source: source3, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source3 = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source3[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source3);
          break;
        case '"':
          setFlowScalarValue(token, source3, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source3, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source3, "scalar");
      }
    }
    function setBlockScalarValue(token, source3) {
      const he = source3.indexOf("\n");
      const head2 = source3.substring(0, he);
      const body = source3.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head2;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head2 }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source3, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source3;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source3.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source: source3, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source3.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source: source3, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source: source3, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source3) {
      switch (source3) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source3[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source3, incomplete = false) {
        if (source3) {
          if (typeof source3 !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source3 : source3;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source3) {
      if (source3.length < 1e5)
        Array.prototype.push.apply(target, source3);
      else
        for (let i = 0; i < source3.length; ++i)
          target.push(source3[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source3, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source3, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source3) {
        this.source = source3;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source3));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source3.length;
          return;
        }
        const type = cst.tokenType(source3);
        if (!type) {
          const message = `Not a YAML token: ${source3}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source: source3 });
          this.offset += source3.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source3.length);
              break;
            case "space":
              if (this.atNewLine && source3[0] === " ")
                this.indent += source3.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source3.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source3.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source3, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source3)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source3, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source3, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source3, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source3), true, source3.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source3, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source3, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key2) {
      return typeof key2 == "string" && exports.IDENTIFIER.test(key2) ? new _Code(`.${key2}`) : _`[${key2}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key2) {
      if (typeof key2 == "string" && exports.IDENTIFIER.test(key2)) {
        return new _Code(`${key2}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key2}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key2, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key2);
          if (key2 !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr2 = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr2}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr2}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj2), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr2) {
      const hash = {};
      for (const item of arr2)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key2 in schema) {
        if (!rules[key2])
          checkStrictMode(it, `unknown keyword: "${key2}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key2 in schema)
        if (rules[key2])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key2 in schema)
        if (key2 !== "$ref" && RULES2.all[key2])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath: instancePath2 }) {
      const instPath = instancePath2 ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath2, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule2) => shouldUseRule(schema, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule2) {
      var _a;
      return schema[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key2 in properties) {
          assignDefault(it, key2, properties[key2].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing2) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing2} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing2) {
      cxt.setParams({ missingProperty: missing2 }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key2 in schema) {
          var sch = schema[key2];
          if (Array.isArray(sch)) {
            if (key2 in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key2 + "/" + i, rootSchema, jsonPtr, key2, schema, i);
            }
          } else if (key2 in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key2 + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key2, schema, prop);
            }
          } else if (key2 in traverse.keywords || opts.allKeys && !(key2 in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key2, rootSchema, jsonPtr, key2, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key2 in schema) {
        if (REF_KEYWORDS.has(key2))
          return true;
        const sch = schema[key2];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key2 in schema) {
        if (key2 === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key2))
          continue;
        if (typeof schema[key2] == "object") {
          (0, util_1.eachItem)(schema[key2], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key2 in schema)
        if (self.RULES.all[key2])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef2(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve7.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef2;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve7(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head2 = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head2 + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve7(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize2(base, options), options);
        relative3 = parse2(serialize2(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve7,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key2, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key2 = (0, resolve_1.normalizeId)(key2 || id);
        this._checkUnique(key2);
        this.schemas[key2] = this._addSchema(schema, _meta, key2, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key2, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key2, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key2 in rules) {
            const rule2 = rules[key2];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema = keywords[key2];
            if ($data && schema)
              keywords[key2] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key2 in checkOpts) {
        const opt = key2;
        if (opt in options)
          this.logger[log](`${msg}: option ${key2}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key2 in optsSchemas)
          this.addSchema(optsSchemas[key2], key2);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES2.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source3) {
        const errs = (0, codegen_1._)`${source3}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source3) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source3}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source3}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos2 = 0;
      let value;
      while (pos2 < len) {
        length++;
        value = str2.charCodeAt(pos2++);
        if (value >= 55296 && value <= 56319 && pos2 < len) {
          value = str2.charCodeAt(pos2);
          if ((value & 64512) === 56320)
            pos2++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing2 = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing2, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing2));
            (0, code_1.reportMissingProp)(cxt, missing2);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing2, valid) {
          cxt.setParams({ missingProperty: missing2 });
          gen.forOf(missing2, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing2, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key2 in schema) {
        if (key2 === "__proto__")
          continue;
        const deps = Array.isArray(schema[key2]) ? propertyDeps : schemaDeps;
        deps[key2] = schema[key2];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing2 = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing2)})`);
          (0, code_1.reportMissingProp)(cxt, missing2);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key2) => {
          cxt.setParams({ propertyName: key2 });
          cxt.subschema({
            keyword: "propertyNames",
            data: key2,
            dataTypes: ["string"],
            propertyName: key2,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key2) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key2);
            else
              gen.if(isAdditional(key2), () => additionalPropertyCode(key2));
          });
        }
        function isAdditional(key2) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key2);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key2} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key2})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key2) {
          gen.code((0, codegen_1._)`delete ${data}[${key2}]`);
        }
        function additionalPropertyCode(key2) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key2);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key2, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key2);
              });
            } else {
              applyAdditionalSchema(key2, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key2, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key2,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key2) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key2})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key2,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key2}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key2) => gen.if(unevaluatedDynamic(props, key2), () => unevaluatedPropCode(key2))));
        } else if (props !== true) {
          gen.forIn("key", data, (key2) => props === void 0 ? unevaluatedPropCode(key2) : gen.if(unevaluatedStatic(props, key2), () => unevaluatedPropCode(key2)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key2) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key2 });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key2,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key2) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key2}]`;
        }
        function unevaluatedStatic(evaluatedProps, key2) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key2} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str2) {
      const matches2 = DATE.exec(str2);
      if (!matches2)
        return false;
      const year = +matches2[1];
      const month = +matches2[2];
      const day2 = +matches2[3];
      return month >= 1 && month <= 12 && day2 >= 1 && day2 <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time2(str2) {
        const matches2 = TIME.exec(str2);
        if (!matches2)
          return false;
        const hr = +matches2[1];
        const min = +matches2[2];
        const sec = +matches2[3];
        const tz = matches2[4];
        const tzSign = matches2[5] === "-" ? -1 : 1;
        const tzH = +(matches2[6] || 0);
        const tzM = +(matches2[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time2 = getTime(strictTimeZone);
      return function date_time(str2) {
        const dateTime = str2.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time2(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI2 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str2) {
      return NOT_URI_FRAGMENT.test(str2) && URI2.test(str2);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str2) {
      BYTE.lastIndex = 0;
      return BYTE.test(str2);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str2) {
      if (Z_ANCHOR.test(str2))
        return false;
      try {
        new RegExp(str2);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats2, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list3 = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list3, formats2, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats2 = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats2[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list3, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list3)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/util/errors.ts
var InputError = class extends Error {
  file;
  line;
  column;
  constructor(message, where2) {
    super(message);
    this.name = "InputError";
    this.file = where2?.file;
    this.line = where2?.line;
    this.column = where2?.column;
  }
  /** `file:line:col: message`, with as much of the location as is known. */
  located() {
    if (!this.file) return this.message;
    const at = [this.file, this.line, this.line !== void 0 ? this.column : void 0].filter((p) => p !== void 0).join(":");
    return `${at}: ${this.message}`;
  }
};
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function errorMessage(err) {
  if (err instanceof InputError) return err.located();
  if (err instanceof Error) return err.message;
  return String(err);
}

// src/cli/commands/owners.ts
import { resolve as resolve3 } from "node:path";

// src/codeowners/owners.ts
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var TEAM_SLUG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}$/;
var EMAIL_LOCAL = /^[A-Za-z0-9.!$%&'*+/=?^_`{|}~-]{1,64}$/;
var DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
function classifyOwner(token) {
  const bad = (problem, hint = null, rejectedByGitHub = true) => ({
    kind: "invalid",
    problem,
    hint,
    rejectedByGitHub
  });
  const ok = (kind) => ({ kind, problem: null, hint: null, rejectedByGitHub: false });
  if (token.includes(",")) {
    return bad(`\`${token}\` contains a comma`, "separate owners with spaces, not commas");
  }
  if (token.startsWith("@")) {
    const name = token.slice(1);
    if (name.includes("@")) {
      return bad(`\`${token}\` is neither a user, a team nor an email address`, "GitHub accepts the line, but this owner never resolves", false);
    }
    const slash = name.indexOf("/");
    if (slash < 0) {
      if (LOGIN.test(name)) return ok("user");
      return bad(
        `\`${token}\` is not a valid GitHub login`,
        "logins are 1–39 letters, digits or single hyphens, not starting or ending with a hyphen"
      );
    }
    const org = name.slice(0, slash);
    const team = name.slice(slash + 1);
    if (!LOGIN.test(org)) return bad(`\`${token}\`: \`${org}\` is not a valid organization login`);
    if (!TEAM_SLUG.test(team)) return bad(`\`${token}\`: \`${team}\` is not a valid team slug`, "use `@org/team-slug`");
    return ok("team");
  }
  const at = token.indexOf("@");
  if (at > 0 && at === token.lastIndexOf("@")) {
    const local = token.slice(0, at);
    const labels = token.slice(at + 1).split(".");
    if (EMAIL_LOCAL.test(local) && labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l))) {
      return ok("email");
    }
    return bad(`\`${token}\` is not a valid email address`);
  }
  return bad(`\`${token}\` is not an owner`, "owners are `@user`, `@org/team` or an email address");
}
function ownerKey(token) {
  return token.toLowerCase();
}
function looksLikeOwner(token) {
  const k = classifyOwner(token).kind;
  return k === "user" || k === "team" || k === "email" && !token.includes("/");
}

// src/util/wildcard.ts
function compileSegmentTokens(tokens) {
  const out = [];
  for (const tok of tokens) {
    const prev = out[out.length - 1];
    if (tok.t === "lit" && prev?.t === "lit") out[out.length - 1] = { t: "lit", s: prev.s + tok.s };
    else if (tok.t === "star" && prev?.t === "star") continue;
    else if (tok.t !== "lit" || tok.s !== "") out.push(tok);
  }
  const literal = out.length === 0 ? "" : out.length === 1 && out[0].t === "lit" ? out[0].s : null;
  return { tokens: out, literal };
}
function matchSegment(p, text2) {
  if (p.literal !== null) return p.literal === text2;
  const toks = p.tokens;
  let ti = 0;
  let off = 0;
  let si = 0;
  let starTi = -1;
  let starSi = 0;
  while (si < text2.length) {
    const tok = toks[ti];
    if (tok !== void 0 && tok.t === "lit" && tok.s.charCodeAt(off) === text2.charCodeAt(si)) {
      off++;
      si++;
      if (off === tok.s.length) {
        ti++;
        off = 0;
      }
      continue;
    }
    if (tok !== void 0 && off === 0 && tok.t === "any") {
      ti++;
      si++;
      continue;
    }
    if (tok !== void 0 && off === 0 && tok.t === "star") {
      starTi = ti++;
      starSi = si;
      continue;
    }
    if (starTi >= 0) {
      ti = starTi + 1;
      off = 0;
      si = ++starSi;
      continue;
    }
    return false;
  }
  while (ti < toks.length && toks[ti].t === "star" && off === 0) ti++;
  return ti === toks.length && off === 0;
}
function compileGlobSegment(segment) {
  const tokens = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "\\" && i + 1 < segment.length) tokens.push({ t: "lit", s: segment[++i] });
    else if (c === "*") tokens.push({ t: "star" });
    else if (c === "?") tokens.push({ t: "any" });
    else tokens.push({ t: "lit", s: c });
  }
  return compileSegmentTokens(tokens);
}

// src/codeowners/pattern.ts
var SPECIAL = /* @__PURE__ */ new Set(["\\", " ", "	", "*", "?", "[", "]"]);
function compilePattern(text2) {
  const problems = [];
  if (text2 === "/") {
    problems.push({
      offset: 0,
      message: "the pattern `/` never matches anything",
      hint: "did you mean `*` instead?"
    });
    return { ok: false, problems };
  }
  if (text2.startsWith("!")) {
    problems.push({ offset: 0, message: "negation with `!` is not supported in CODEOWNERS" });
  }
  const segments = [];
  let tokens = [];
  let segStart = 0;
  let escaped = false;
  let stars = 0;
  let others = 0;
  const endSegment = (end) => {
    const raw = text2.slice(segStart, end);
    segments.push({
      tokens,
      offset: segStart,
      globstar: raw === "**",
      starsOnly: !escaped && others === 0 && stars > 0
    });
    tokens = [];
    escaped = false;
    stars = 0;
    others = 0;
  };
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === "\\") {
      const next = text2[i + 1];
      if (next === void 0) {
        problems.push({ offset: i, message: "a pattern cannot end with a lone `\\`" });
      } else if (next === "#") {
        problems.push({ offset: i, message: "escaping `#` with `\\` does not work in CODEOWNERS" });
      } else if (next === "/") {
        problems.push({ offset: i, message: "a `/` cannot be escaped" });
      } else {
        tokens.push({ t: "lit", s: next });
        escaped = true;
        others++;
      }
      i++;
      continue;
    }
    if (c === "[" || c === "]") {
      problems.push({
        offset: i,
        message: "both `[` and `]` must be escaped with a `\\` (character ranges are not supported)"
      });
      others++;
      continue;
    }
    if (c === "/") {
      endSegment(i);
      segStart = i + 1;
      continue;
    }
    if (c === "*") {
      tokens.push({ t: "star" });
      stars++;
    } else if (c === "?") {
      tokens.push({ t: "any" });
      others++;
    } else {
      tokens.push({ t: "lit", s: c });
      others++;
    }
  }
  endSegment(text2.length);
  let anchored = false;
  let dirOnly = false;
  let first = 0;
  let last = segments.length - 1;
  if (segments.length > 1 && segments[0].tokens.length === 0 && text2.startsWith("/")) {
    anchored = true;
    first = 1;
  }
  if (last > first && segments[last].tokens.length === 0 && !segments[last].globstar) {
    dirOnly = true;
    last--;
  }
  const kept = segments.slice(first, last + 1);
  for (const seg of kept) {
    if (seg.tokens.length === 0 && !seg.globstar) {
      problems.push({ offset: Math.max(0, seg.offset - 1), message: "empty path segment (`//`)" });
    }
  }
  if (kept.length === 0 && problems.length === 0) {
    problems.push({ offset: 0, message: "empty pattern" });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (kept.length > 1) anchored = true;
  const compiled = [];
  if (!anchored) compiled.push({ kind: "globstar" });
  for (const seg of kept) {
    if (seg.globstar) {
      if (compiled[compiled.length - 1]?.kind !== "globstar") compiled.push({ kind: "globstar" });
      continue;
    }
    const glob = compileSegmentTokens(seg.tokens);
    compiled.push({ kind: "glob", glob, loneStar: seg.starsOnly, canonical: canonicalSegment(glob) });
  }
  const lastSeg = compiled[compiled.length - 1];
  const childrenOnly = !dirOnly && lastSeg.kind === "glob" && lastSeg.loneStar;
  const key2 = (dirOnly ? "D|" : "F|") + compiled.map((s) => s.kind === "globstar" ? "**" : s.canonical).join("/");
  return { ok: true, pattern: { source: text2, anchored, dirOnly, segments: compiled, childrenOnly, key: key2 } };
}
function canonicalSegment(glob) {
  let out = "";
  for (const tok of glob.tokens) {
    if (tok.t === "star") out += "*";
    else if (tok.t === "any") out += "?";
    else for (const ch of tok.s) out += SPECIAL.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}
function isCatchAllPattern(p) {
  return p.segments.every((s) => s.kind === "globstar" || s.loneStar);
}

// src/codeowners/parse.ts
var DEFAULT_CODEOWNERS_PATH = ".github/CODEOWNERS";
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\f" || c === "\v";
function parseCodeowners(text2, path = DEFAULT_CODEOWNERS_PATH) {
  const bom = text2.charCodeAt(0) === 65279;
  const body = bom ? text2.slice(1) : text2;
  const lines = [];
  let start = 0;
  let n = 1;
  while (start < body.length) {
    const nl = body.indexOf("\n", start);
    let raw;
    let eol;
    if (nl < 0) {
      raw = body.slice(start);
      eol = "";
      start = body.length;
    } else if (nl > start && body.charCodeAt(nl - 1) === 13) {
      raw = body.slice(start, nl - 1);
      eol = "\r\n";
      start = nl + 1;
    } else {
      raw = body.slice(start, nl);
      eol = "\n";
      start = nl + 1;
    }
    lines.push(parseLine(raw, eol, n++));
  }
  return { path, bom, lines, rules: lines.filter((l) => l.kind === "rule") };
}
function parseCodeownersFile(file) {
  return { ...parseCodeowners(file.text, file.path), bom: file.bom };
}
function parseLine(raw, eol, line) {
  let i = 0;
  while (i < raw.length && isSpace(raw[i])) i++;
  if (i === raw.length) return { kind: "blank", line, raw, eol };
  if (raw[i] === "#") return { kind: "comment", line, raw, eol };
  const patStart = i;
  while (i < raw.length && !isSpace(raw[i])) i += raw[i] === "\\" && i + 1 < raw.length ? 2 : 1;
  const pattern = { text: raw.slice(patStart, i), column: patStart + 1 };
  const owners = [];
  let comment = null;
  while (i < raw.length) {
    while (i < raw.length && isSpace(raw[i])) i++;
    if (i === raw.length) break;
    const tokStart = i;
    while (i < raw.length && !isSpace(raw[i]) && raw[i] !== "#") i++;
    if (i > tokStart) {
      const text2 = raw.slice(tokStart, i);
      owners.push({ text: text2, column: tokStart + 1, kind: classifyOwner(text2).kind });
    }
    if (raw[i] === "#") {
      comment = { text: raw.slice(i), column: i + 1 };
      break;
    }
  }
  const problems = [];
  const compiled = compilePattern(pattern.text);
  if (!compiled.ok) {
    for (const p of compiled.problems) {
      problems.push({
        code: "codeowners/invalid-pattern",
        column: pattern.column + p.offset,
        message: `invalid pattern \`${pattern.text}\`: ${p.message}`,
        ...p.hint ? { hint: p.hint } : {},
        skipsLine: true
      });
    }
  }
  for (const o of owners) {
    if (o.kind !== "invalid") continue;
    const syntax = classifyOwner(o.text);
    problems.push({
      code: "codeowners/invalid-owner",
      column: o.column,
      message: `invalid owner: ${syntax.problem ?? o.text}`,
      ...syntax.hint ? { hint: syntax.hint } : {},
      skipsLine: syntax.rejectedByGitHub
    });
  }
  return {
    kind: "rule",
    line,
    raw,
    eol,
    pattern,
    matcher: compiled.ok ? compiled.pattern : null,
    owners,
    comment,
    problems,
    valid: compiled.ok && !problems.some((p) => p.skipsLine)
  };
}

// src/codeowners/locate.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
function encodedBytes(text2, bom) {
  return Buffer.byteLength(text2, "utf8") + (bom ? 3 : 0);
}
function locateCodeowners(source3) {
  const present = CODEOWNERS_LOCATIONS.filter((p) => source3.exists(p));
  const diagnostics = [];
  if (present.length === 0) return { found: null, usable: false, ignored: [], diagnostics };
  const [chosen, ...ignored] = present;
  for (const path of ignored) {
    diagnostics.push({
      file: path,
      line: 1,
      column: 1,
      level: "warning",
      code: "codeowners/ignored-location",
      message: `GitHub ignores this file because ${chosen} takes precedence; keep one CODEOWNERS file`
    });
  }
  let found;
  try {
    found = source3.read(chosen);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    diagnostics.push({
      file: chosen,
      line: err.line ?? 1,
      column: 1,
      level: "error",
      code: "codeowners/unreadable",
      message: `cannot read CODEOWNERS: ${err.message}`
    });
    return { found: null, usable: false, ignored, diagnostics };
  }
  const bytes = encodedBytes(found.text, found.bom);
  if (bytes >= MAX_CODEOWNERS_BYTES) {
    diagnostics.push({
      file: chosen,
      line: 1,
      column: 1,
      level: "error",
      code: "codeowners/too-large",
      message: `CODEOWNERS is ${bytes} bytes; GitHub ignores files of 3 MB (${MAX_CODEOWNERS_BYTES} bytes) or more, so nothing in it applies`
    });
    return { found, usable: false, ignored, diagnostics };
  }
  return { found, usable: true, ignored, diagnostics };
}
function loadCodeowners(source3) {
  const located = locateCodeowners(source3);
  return {
    file: located.found && located.usable ? parseCodeownersFile(located.found) : null,
    path: located.found?.path ?? null,
    diagnostics: located.diagnostics
  };
}

// src/codeowners/match.ts
function splitPath(path) {
  const parts = path.split("/");
  for (const p of parts) {
    if (p === "" || p === ".") return parts.filter((s) => s !== "" && s !== ".");
  }
  return parts;
}
var MAX_BITS = 30;
function reachableBits(p, segs, len, count2) {
  let cur = 1;
  const all = 2 ** (len + 1) - 1 | 0;
  const last = p.segments.length - 1;
  for (let si = 0; si < count2; si++) {
    const seg = p.segments[si];
    const lowest = 31 - Math.clz32(cur & -cur);
    let next = 0;
    if (seg.kind === "globstar") {
      const from = si === last ? lowest + 1 : lowest;
      if (from <= len) next = all & ~((1 << from) - 1);
    } else {
      const lit = seg.glob.literal;
      for (let j = lowest; j < len; j++) {
        if ((cur & 1 << j) === 0) continue;
        if (lit !== null ? segs[j] === lit : matchSegment(seg.glob, segs[j])) next |= 1 << j + 1;
      }
    }
    if (next === 0) return 0;
    cur = next;
  }
  return cur;
}
function reachableArray(p, segs, len, count2) {
  let cur = new Uint8Array(len + 1);
  let next = new Uint8Array(len + 1);
  cur[0] = 1;
  let lowest = 0;
  const last = p.segments.length - 1;
  for (let si = 0; si < count2; si++) {
    const seg = p.segments[si];
    next.fill(0);
    let nextLowest = -1;
    if (seg.kind === "globstar") {
      const from = si === last ? lowest + 1 : lowest;
      if (from <= len) {
        next.fill(1, from);
        nextLowest = from;
      }
    } else {
      const lit = seg.glob.literal;
      for (let j = lowest; j < len; j++) {
        if (cur[j] === 0) continue;
        if (lit !== null ? segs[j] === lit : matchSegment(seg.glob, segs[j])) {
          next[j + 1] = 1;
          if (nextLowest < 0) nextLowest = j + 1;
        }
      }
    }
    if (nextLowest < 0) return null;
    [cur, next] = [next, cur];
    lowest = nextLowest;
  }
  return cur;
}
function matchesEntry(p, segs, len, isDir) {
  if (isDir ? p.childrenOnly : p.dirOnly) return false;
  return consumesExactly(p, segs, len, p.segments.length);
}
function consumesExactly(p, segs, len, count2) {
  if (len <= MAX_BITS) return (reachableBits(p, segs, len, count2) & 1 << len) !== 0;
  const r = reachableArray(p, segs, len, count2);
  return r !== null && r[len] === 1;
}
function activeRules(file) {
  return file.rules.filter((r) => r.valid && r.matcher !== null);
}

// src/codeowners/compiled.ts
var NONE = -1;
var OwnershipIndex = class {
  file;
  /** Valid rules in file order; positions below index this array. */
  rules;
  owners;
  /** Anchored rules by their literal leading segments, joined with `/`. */
  literalPrefix = /* @__PURE__ */ new Map();
  anySegment = /* @__PURE__ */ new Map();
  extension = /* @__PURE__ */ new Map();
  always = [];
  /** Directory states by normalised key, and by any other spelling seen in lookups. */
  dirs = /* @__PURE__ */ new Map();
  /** Per directory: every rule matching it or an ancestor as a directory, newest first (validation only). */
  dirMatchLists = /* @__PURE__ */ new Map();
  constructor(file) {
    this.file = file;
    this.rules = activeRules(file);
    this.owners = this.rules.map((r) => r.owners.map((o) => o.text));
    this.rules.forEach((r, i) => this.fileRule(r.matcher, i));
    const root = { key: "", segs: [], winner: NONE, buckets: this.always.length > 0 ? [this.always] : [], files: null };
    this.dirs.set("", root);
  }
  /** Files rule `i` under the most selective key its pattern offers. */
  fileRule(p, i) {
    let prefix = 0;
    while (prefix < p.segments.length) {
      const seg = p.segments[prefix];
      if (seg.kind !== "glob" || seg.glob.literal === null) break;
      prefix++;
    }
    if (prefix > 0) {
      const key2 = p.segments.slice(0, prefix).map((s) => s.kind === "glob" ? s.glob.literal : "").join("/");
      return push(this.literalPrefix, key2, i);
    }
    let ext = null;
    for (let s = p.segments.length - 1; s >= 0; s--) {
      const seg = p.segments[s];
      if (seg.kind !== "glob") continue;
      if (seg.glob.literal !== null) return push(this.anySegment, seg.glob.literal, i);
      if (ext === null) ext = extensionOfGlob(seg.glob.tokens);
    }
    if (ext !== null) return push(this.extension, ext, i);
    this.always.push(i);
  }
  /** The effective rule for one path, or null when no rule matches. */
  effectiveRule(path) {
    const idx = this.effectiveIndex(path);
    return idx === NONE ? null : this.rules[idx];
  }
  ownersOf(path) {
    const idx = this.effectiveIndex(path);
    if (idx === NONE) return { owners: [], line: null, pattern: null };
    const r = this.rules[idx];
    return { owners: this.owners[idx].slice(), line: r.line, pattern: r.pattern.text };
  }
  /** Owners for many paths at once; results are in the order of `paths`. */
  resolveOwners(paths) {
    return paths.map((p) => this.ownersOf(p));
  }
  effectiveIndex(path) {
    const slash = path.lastIndexOf("/");
    const base = path.slice(slash + 1);
    if (base === "" || base === ".") {
      const segs2 = splitPath(path);
      return segs2.length === 0 ? NONE : this.effectiveIndex(segs2.join("/"));
    }
    const rawDir = slash < 0 ? "" : path.slice(0, slash);
    const dir = this.dirs.get(rawDir) ?? this.dirFromRaw(rawDir);
    const files = dir.files ?? (dir.files = this.fileCandidates(dir));
    const depth = dir.segs.length + 1;
    let best = dir.winner;
    let segs = null;
    for (const c of files) {
      let hit;
      if (c.last === null) {
        segs ??= [...dir.segs, base];
        hit = matchesEntry(this.rules[c.idx].matcher, segs, depth, false);
      } else hit = c.last.literal !== null ? c.last.literal === base : matchSegment(c.last, base);
      if (hit) {
        best = c.idx;
        break;
      }
    }
    const byName = this.anySegment.get(base);
    const byExt = this.extension.size > 0 ? this.extension.get(extensionOf(base)) : void 0;
    const normalised = rawDir === dir.key && slash !== 0;
    const byPath = this.literalPrefix.get(normalised ? path : dir.key === "" ? base : `${dir.key}/${base}`);
    if (byName === void 0 && byExt === void 0 && byPath === void 0) return best;
    segs ??= [...dir.segs, base];
    best = this.lastFileMatch(byName, best, segs);
    best = this.lastFileMatch(byExt, best, segs);
    return this.lastFileMatch(byPath, best, segs);
  }
  /** The newest rule in `bucket` after `best` that matches the file `segs`, else `best`. */
  lastFileMatch(bucket, best, segs) {
    if (bucket === void 0) return best;
    for (let b = bucket.length - 1; b >= 0 && bucket[b] > best; b--) {
      if (matchesEntry(this.rules[bucket[b]].matcher, segs, segs.length, false)) return bucket[b];
    }
    return best;
  }
  /** Candidates for files directly in `dir`: later rules whose directory part matches it exactly. */
  fileCandidates(dir) {
    const out = [];
    const depth = dir.segs.length;
    for (const idx of collectAbove(dir.buckets, dir.winner)) {
      const p = this.rules[idx].matcher;
      if (p.dirOnly) continue;
      const last = p.segments[p.segments.length - 1];
      if (last.kind === "globstar") out.push({ idx, last: null });
      else if (consumesExactly(p, dir.segs, depth, p.segments.length - 1)) out.push({ idx, last: last.glob });
    }
    return out;
  }
  /**
   * Every valid rule that matches the path, newest first; the first is the effective rule. Used by
   * validation (unmatched and shadowed rules), which needs more than the winner.
   */
  matchingRules(path) {
    const segs = splitPath(path);
    const n = segs.length;
    if (n === 0) return [];
    const inDirs = this.dirMatches(segs, n - 1);
    const buckets = this.withSegment(this.dirState(segs, n - 1).buckets, segs[n - 1], segs.join("/"));
    const asFile = collectAbove(buckets, NONE).filter(
      (i) => matchesEntry(this.rules[i].matcher, segs, n, false)
    );
    return mergeDescending(inDirs, asFile).map((i) => this.rules[i]);
  }
  dirMatches(segs, depth) {
    if (depth === 0) return [];
    const key2 = segs.slice(0, depth).join("/");
    const known = this.dirMatchLists.get(key2);
    if (known) return known;
    const parent = this.dirMatches(segs, depth - 1);
    const hits2 = collectAbove(this.dirState(segs, depth).buckets, NONE).filter(
      (i) => matchesEntry(this.rules[i].matcher, segs, depth, true)
    );
    const list3 = mergeDescending(parent, hits2);
    this.dirMatchLists.set(key2, list3);
    return list3;
  }
  /** A directory first seen under a non-normalised spelling (`/a//b`). */
  dirFromRaw(raw) {
    const segs = splitPath(raw);
    const state = this.dirState(segs, segs.length);
    this.dirs.set(raw, state);
    return state;
  }
  /** Memoised state of the directory made of `segs[0..depth)`. */
  dirState(segs, depth) {
    const key2 = depth === segs.length ? segs.join("/") : segs.slice(0, depth).join("/");
    const known = this.dirs.get(key2);
    if (known) return known;
    const parent = this.dirState(segs, depth - 1);
    const buckets = this.withSegment(parent.buckets, segs[depth - 1], key2);
    const mine = segs.slice(0, depth);
    let winner = parent.winner;
    for (const idx of collectAbove(buckets, parent.winner)) {
      if (matchesEntry(this.rules[idx].matcher, mine, depth, true)) {
        winner = idx;
        break;
      }
    }
    const state = { key: key2, segs: mine, winner, buckets, files: null };
    this.dirs.set(key2, state);
    return state;
  }
  /** `buckets` plus those keyed by one more path segment and the prefix it ends (each bucket once). */
  withSegment(buckets, segment, prefix) {
    const out = [...buckets];
    const add = (b) => {
      if (b !== void 0 && !out.includes(b)) out.push(b);
    };
    add(this.anySegment.get(segment));
    add(this.extension.get(extensionOf(segment)));
    add(this.literalPrefix.get(prefix));
    return out;
  }
};
function collectAbove(buckets, floor) {
  const out = [];
  for (const b of buckets) {
    for (let i = b.length - 1; i >= 0 && b[i] > floor; i--) out.push(b[i]);
  }
  out.sort((x, y) => y - x);
  return out.filter((x, i) => i === 0 || out[i - 1] !== x);
}
function mergeDescending(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i] >= b[j] ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
function push(map, key2, i) {
  const b = map.get(key2);
  if (b) b.push(i);
  else map.set(key2, [i]);
}
function extensionOf(segment) {
  return segment.slice(segment.lastIndexOf(".") + 1);
}
function extensionOfGlob(tokens) {
  const last = tokens[tokens.length - 1];
  if (last === void 0 || last.t !== "lit") return null;
  const dot = last.s.lastIndexOf(".");
  return dot < 0 ? null : last.s.slice(dot + 1);
}
function compileOwnership(file) {
  return new OwnershipIndex(file);
}

// src/codeowners/lookup.ts
var indexes = /* @__PURE__ */ new WeakMap();
function ownershipOf(file) {
  let index = indexes.get(file);
  if (index === void 0) {
    index = compileOwnership(file);
    indexes.set(file, index);
  }
  return index;
}
function isCatchAll(rule2) {
  return rule2.valid && rule2.matcher !== null && isCatchAllPattern(rule2.matcher);
}
function ownershipFor(file, path) {
  if (file === null) return { owners: [], line: null, pattern: null, catchAll: false };
  const index = ownershipOf(file);
  const rule2 = index.effectiveRule(path);
  return { ...index.ownersOf(path), catchAll: rule2 !== null && isCatchAll(rule2) };
}

// src/model/location.ts
function compareDiagnostics(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function formatDiagnostic(d) {
  return `${d.file}:${d.line}:${d.column}: ${d.level}: ${d.message} [${d.code}]`;
}

// src/codeowners/validate.ts
function validateCodeowners(file, opts = {}) {
  const out = [];
  const at = (rule2, column, level, code, message) => out.push({ file: file.path, line: rule2.line, column, level, code, message });
  for (const rule2 of file.rules) {
    for (const p of rule2.problems) {
      at(rule2, p.column, "error", p.code, p.hint ? `${p.message}; ${p.hint}` : p.message);
    }
    if (looksLikeOwner(rule2.pattern.text)) {
      at(
        rule2,
        rule2.pattern.column,
        "warning",
        "codeowners/missing-pattern",
        `\`${rule2.pattern.text}\` is read as a file pattern, not an owner; the line has no pattern`
      );
    }
    const seen = /* @__PURE__ */ new Set();
    for (const o of rule2.owners) {
      const k = ownerKey(o.text);
      if (seen.has(k)) {
        at(rule2, o.column, "warning", "codeowners/duplicate-owner", `owner \`${o.text}\` is listed twice on this line`);
      }
      seen.add(k);
    }
  }
  const duplicates = duplicatePatterns(file);
  for (const [earlier, last] of duplicates) {
    at(
      earlier,
      earlier.pattern.column,
      "warning",
      "codeowners/duplicate-pattern",
      `pattern \`${earlier.pattern.text}\` on line ${earlier.line} is repeated on line ${last.line}; only line ${last.line} applies`
    );
  }
  const index = ownershipOf(file);
  if (file.path !== "") selfOwnership(file, index, out);
  if (opts.trackedFiles !== void 0) coverage(file, index, opts.trackedFiles, new Set(duplicates.keys()), at);
  if (opts.manifests !== void 0) manifestOwnership(file, index, opts.manifests, opts.catchAllCountsAsOwner ?? false, out);
  return out.sort(compareDiagnostics);
}
function validateCodeownersIn(source3, opts = {}) {
  const loaded = loadCodeowners(source3);
  if (loaded.file === null) return { file: null, diagnostics: loaded.diagnostics.sort(compareDiagnostics) };
  const tracked = opts.trackedFiles ?? source3.list();
  const diagnostics = [...loaded.diagnostics, ...validateCodeowners(loaded.file, { ...opts, trackedFiles: tracked })];
  return { file: loaded.file, diagnostics: diagnostics.sort(compareDiagnostics) };
}
function duplicatePatterns(file) {
  const lastByKey = /* @__PURE__ */ new Map();
  for (const r of file.rules) if (r.valid && r.matcher) lastByKey.set(r.matcher.key, r);
  const out = /* @__PURE__ */ new Map();
  for (const r of file.rules) {
    if (!r.valid || !r.matcher) continue;
    const last = lastByKey.get(r.matcher.key);
    if (last !== r) out.set(r, last);
  }
  return out;
}
function selfOwnership(file, index, out) {
  const rule2 = index.effectiveRule(file.path);
  if (rule2 !== null && rule2.owners.length > 0) return;
  out.push({
    file: file.path,
    line: rule2?.line ?? 1,
    column: rule2?.pattern.column ?? 1,
    level: "warning",
    code: "codeowners/self-unowned",
    message: rule2 === null ? `${file.path} itself has no owner, so changes to ownership need no owner review; add \`/${file.path} @owner\`` : `line ${rule2.line} leaves ${file.path} itself without an owner, so changes to ownership need no owner review`
  });
}
function coverage(file, index, tracked, duplicates, at) {
  const matched = /* @__PURE__ */ new Set();
  const effective = /* @__PURE__ */ new Set();
  const shadowers = /* @__PURE__ */ new Map();
  for (const path of tracked) {
    const rules = index.matchingRules(path);
    if (rules.length === 0) continue;
    const winner = rules[0];
    effective.add(winner);
    for (const r of rules) {
      matched.add(r);
      if (r === winner) continue;
      let s = shadowers.get(r);
      if (!s) shadowers.set(r, s = /* @__PURE__ */ new Set());
      s.add(winner);
    }
  }
  const unmatched = file.rules.filter((r) => r.valid && r.matcher && !matched.has(r));
  const caseHints = caseOnlyMatches(unmatched, tracked);
  for (const r of unmatched) {
    const hint = caseHints.get(r);
    at(
      r,
      r.pattern.column,
      "warning",
      "codeowners/unmatched-pattern",
      `pattern \`${r.pattern.text}\` matches no tracked file` + (hint ? `; \`${hint}\` differs only in case (paths are case-sensitive)` : "")
    );
  }
  for (const r of file.rules) {
    if (!matched.has(r) || effective.has(r) || duplicates.has(r)) continue;
    const later2 = [...shadowers.get(r) ?? []].sort((a, b) => a.line - b.line);
    const describe3 = (x) => `line ${x.line} (\`${x.pattern.text}\`)`;
    const message = later2.length === 1 ? `rule never applies: the later, broader rule on ${describe3(later2[0])} matches every tracked file this one matches` : `rule never applies: later rules on ${later2.slice(0, 5).map(describe3).join(", ")}${later2.length > 5 ? ", …" : ""} take every tracked file it matches`;
    at(r, r.pattern.column, "warning", "codeowners/shadowed-rule", message);
  }
}
function caseOnlyMatches(rules, tracked) {
  const out = /* @__PURE__ */ new Map();
  if (rules.length === 0) return out;
  const folded = compileOwnership(parseCodeowners(rules.map((r) => r.pattern.text.toLowerCase()).join("\n"), ""));
  for (const path of tracked) {
    for (const hit of folded.matchingRules(path.toLowerCase())) {
      const original = rules[hit.line - 1];
      if (!out.has(original)) out.set(original, path);
    }
    if (out.size === rules.length) break;
  }
  return out;
}
function manifestOwnership(file, index, manifests, catchAllCounts, out) {
  let folded = null;
  for (const m of manifests) {
    const rule2 = index.effectiveRule(m);
    const where2 = { file: m, line: 1, column: 1 };
    if (rule2 === null || rule2.owners.length === 0) {
      let message = rule2 === null ? `no ${file.path || "CODEOWNERS"} rule matches ${m}, so it has no owner` : `${file.path || "CODEOWNERS"} line ${rule2.line} (\`${rule2.pattern.text}\`) leaves ${m} without an owner`;
      if (rule2 === null) {
        folded ??= compileOwnership(parseCodeowners(foldedText(file), ""));
        const near = folded.effectiveRule(m.toLowerCase());
        if (near !== null) {
          message += `; line ${near.line} (\`${file.lines[near.line - 1].raw.trim()}\`) would match if case were ignored (paths are case-sensitive)`;
        }
      }
      out.push({ ...where2, level: "error", code: "codeowners/unowned-manifest", message });
    } else if (!catchAllCounts && isCatchAll(rule2)) {
      out.push({
        ...where2,
        level: "warning",
        code: "codeowners/catch-all-only",
        message: `${m} is owned only through the catch-all rule on ${file.path || "CODEOWNERS"} line ${rule2.line} (\`${rule2.pattern.text}\`); add a specific rule`
      });
    }
  }
}
function foldedText(file) {
  return file.lines.map((l) => l.kind === "rule" && l.valid ? l.raw.toLowerCase() : "").join("\n");
}

// src/model/config.ts
var DEFAULT_POLICY = {
  staleAfterDays: 90,
  rotationDays: 90,
  newCredentialGraceDays: 7,
  retiredGraceDays: 1,
  snapshotMaxAgeHours: 48,
  monitoringMaxAgeDays: 30,
  monitoringRequiredFor: ["ModelEndpoint", "ServiceAccount", "Agent"],
  retireStaleCredentials: false,
  maxRetireShare: 0.2
};
function defaultConfig() {
  return {
    file: null,
    manifests: ["governance/**/*.yaml", "governance/**/*.yml"],
    sources: [],
    policy: { ...DEFAULT_POLICY, monitoringRequiredFor: [...DEFAULT_POLICY.monitoringRequiredFor] },
    severity: {},
    suppressions: [],
    ownership: { catchAllCountsAsOwner: false },
    github: { label: "blindspot", dashboardTitle: "blindspot dashboard", groupProposals: false, assignOwners: true },
    limits: { maxFileBytes: 5 * 1024 * 1024 },
    secrets: { hmacKeyEnv: "BLINDSPOT_HMAC_KEY" }
  };
}

// src/util/glob.ts
function expandBraces(glob) {
  const open = glob.indexOf("{");
  if (open < 0) return [glob];
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === "{") depth++;
    else if (glob[i] === "}" && --depth === 0) {
      const parts = [];
      let d = 0;
      let last = open + 1;
      for (let j = open + 1; j < i; j++) {
        if (glob[j] === "{") d++;
        else if (glob[j] === "}") d--;
        else if (glob[j] === "," && d === 0) {
          parts.push(glob.slice(last, j));
          last = j + 1;
        }
      }
      parts.push(glob.slice(last, i));
      const rest = glob.slice(i + 1);
      return parts.flatMap((p) => expandBraces(glob.slice(0, open) + p + rest));
    }
  }
  return [glob];
}
function compile(glob) {
  return glob.replace(/^\.\//, "").split("/").filter((s) => s !== "").map((s) => s === "**" ? "**" : compileGlobSegment(s));
}
function matchFrom(pat, pi, segs, si) {
  while (pi < pat.length) {
    const p = pat[pi];
    if (p === "**") {
      while (pat[pi + 1] === "**") pi++;
      if (pi === pat.length - 1) return true;
      for (let k = si; k <= segs.length; k++) if (matchFrom(pat, pi + 1, segs, k)) return true;
      return false;
    }
    if (si >= segs.length || !matchSegment(p, segs[si])) return false;
    pi++;
    si++;
  }
  return si === segs.length;
}
var Glob = class {
  constructor(source3) {
    this.source = source3;
    this.patterns = expandBraces(source3).map(compile);
  }
  source;
  patterns;
  matches(path) {
    const segs = path.split("/");
    return this.patterns.some((p) => matchFrom(p, 0, segs, 0));
  }
  /** True when the glob has no wildcard: it names one file. */
  get literal() {
    return !/[*?{\\]/.test(this.source);
  }
};
function matchAny(globs, path) {
  return globs.some((g) => g.matches(path));
}

// src/util/time.ts
var SENTINELS = /* @__PURE__ */ new Set(["", "n/a", "na", "no_information", "not_supported", "null", "none", "never", "-"]);
var ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;
var GO_RE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? ([+-]\d{4})(?: [A-Za-z]{1,6})?(?: m=[+-][\d.]+)?$/;
function build(y, mo, d, h = "0", mi = "0", s = "0", frac, zone) {
  const year = Number(y), month = Number(mo), day2 = Number(d), hour = Number(h), min = Number(mi), sec = Number(s);
  if (month < 1 || month > 12 || day2 < 1 || day2 > 31 || hour > 23 || min > 59 || sec > 60) return null;
  const ms = frac ? Math.floor(Number("0." + frac) * 1e3) : 0;
  let offsetMin = 0;
  if (zone && zone !== "Z" && zone !== "z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return null;
    offsetMin = sign * (oh * 60 + om);
  }
  const t = Date.UTC(year, month - 1, day2, hour, min, Math.min(sec, 59), ms) - offsetMin * 6e4;
  const check = new Date(Date.UTC(year, month - 1, day2));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day2) return null;
  return t;
}
function fromEpoch(n) {
  if (!Number.isFinite(n) || n <= 0) return { kind: "none" };
  const ms = n >= 1e11 ? n : n * 1e3;
  if (ms > 864e13) return { kind: "invalid", text: String(n) };
  return { kind: "time", iso: new Date(Math.floor(ms)).toISOString(), ms: Math.floor(ms) };
}
function parseTime(value) {
  if (value === null || value === void 0) return { kind: "none" };
  if (typeof value === "number") return fromEpoch(value);
  if (value instanceof Date) {
    const ms2 = value.getTime();
    return Number.isNaN(ms2) ? { kind: "invalid", text: String(value) } : { kind: "time", iso: value.toISOString(), ms: ms2 };
  }
  if (typeof value === "object") {
    return Object.keys(value).length === 0 ? { kind: "none" } : { kind: "invalid", text: JSON.stringify(value) };
  }
  if (typeof value !== "string") return { kind: "invalid", text: String(value) };
  const text2 = value.trim();
  if (SENTINELS.has(text2.toLowerCase())) return { kind: "none" };
  if (/^\d+(\.\d+)?$/.test(text2)) return fromEpoch(Number(text2));
  let m = ISO_RE.exec(text2);
  let ms = null;
  if (m) ms = build(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  else if (m = GO_RE.exec(text2)) ms = build(m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
  if (ms === null || Number.isNaN(ms)) return { kind: "invalid", text: text2 };
  return { kind: "time", iso: new Date(ms).toISOString(), ms };
}
var DAY_MS = 864e5;
var HOUR_MS = 36e5;

// src/util/suggest.ts
function editDistance(a, b) {
  const m = a.length;
  const n = b.length;
  let prev2 = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}
function closest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestD <= limit ? best : void 0;
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c ? ` (did you mean "${c}"?)` : "";
}

// src/load/yaml-file.ts
var import_yaml = __toESM(require_dist(), 1);
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_ALIAS_COUNT = 100;
function pos(lc, offset) {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function parseYamlFile(file, code = "yaml") {
  const lineCounter = new import_yaml.LineCounter();
  const diagnostics = [];
  const documents = [];
  const parsed = (0, import_yaml.parseAllDocuments)(file.text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    logLevel: "error",
    strict: true
  });
  const docs = Array.isArray(parsed) ? parsed : [];
  docs.forEach((doc, index) => {
    const start = pos(lineCounter, doc.contents?.range?.[0] ?? doc.range[0]);
    let usable = true;
    for (const err of doc.errors) {
      const at = pos(lineCounter, err.pos[0]);
      diagnostics.push({ file: file.path, ...at, level: "error", code: `${code}/syntax`, message: `YAML syntax: ${firstLine(err.message)}` });
      usable = false;
    }
    (0, import_yaml.visit)(doc, {
      Pair(_key, pair) {
        const k = pair.key;
        if ((0, import_yaml.isScalar)(k) && typeof k.value === "string" && FORBIDDEN_KEYS.has(k.value)) {
          diagnostics.push({
            file: file.path,
            ...pos(lineCounter, k.range?.[0] ?? 0),
            level: "error",
            code: `${code}/forbidden-key`,
            message: `key "${k.value}" is not allowed (it could alter object prototypes)`,
            field: k.value
          });
          usable = false;
        } else if (k !== null && !(0, import_yaml.isScalar)(k)) {
          diagnostics.push({
            file: file.path,
            ...pos(lineCounter, k.range?.[0] ?? 0),
            level: "error",
            code: `${code}/complex-key`,
            message: "mapping keys must be plain strings"
          });
          usable = false;
        }
      }
    });
    let value = void 0;
    if (usable) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        const bomb = /alias/i.test(msg);
        diagnostics.push({
          file: file.path,
          ...bomb ? firstAliasPos(doc, lineCounter) ?? start : start,
          level: "error",
          code: bomb ? `${code}/alias-limit` : `${code}/syntax`,
          message: bomb ? `too many YAML alias expansions (over ${MAX_ALIAS_COUNT}): refused as a resource-exhaustion ("billion laughs") attack` : `YAML: ${firstLine(msg)}`
        });
        value = void 0;
      }
    }
    documents.push({ index, doc, value, ...start });
  });
  return { path: file.path, documents, diagnostics, lineCounter };
}
function firstAliasPos(doc, lc) {
  let found;
  (0, import_yaml.visit)(doc, {
    Alias(_k, node) {
      if (!found && node.range) found = pos(lc, node.range[0]);
      return found ? import_yaml.visit.BREAK : void 0;
    }
  });
  return found;
}
function locateNode(doc, path, lc, options = {}) {
  let node = doc.contents;
  let best = doc.contents?.range?.[0] ?? doc.range[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key;
      if (last && options.key) return pos(lc, keyNode.range?.[0] ?? best);
      best = pair.value?.range?.[0] ?? keyNode.range?.[0] ?? best;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
    if ((0, import_yaml.isAlias)(node)) break;
  }
  return pos(lc, best);
}

// src/load/schema-check.ts
function instancePath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function fieldName(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}
function resolveRef(root, node) {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let cur = root;
  for (const part of ref.slice(2).split("/")) cur = cur?.[part];
  return cur ?? node;
}
function allowedKeys(root, node, seen = /* @__PURE__ */ new Set()) {
  const n = resolveRef(root, node);
  if (seen.has(n)) return [];
  seen.add(n);
  const keys = Object.keys(n.properties ?? {});
  for (const sub of n.allOf ?? []) keys.push(...allowedKeys(root, sub, seen));
  return [...new Set(keys)];
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}
function messageFor(err, ctx, path) {
  const field = fieldName(path);
  const where2 = field ? `${field}: ` : "";
  const schema = err.parentSchema ?? {};
  const hint = typeof schema.description === "string" ? ` ${schema.description}` : "";
  switch (err.keyword) {
    case "if":
    case "oneOf":
    case "anyOf":
      return null;
    case "additionalProperties":
    case "unevaluatedProperties": {
      const key2 = String(err.params.additionalProperty ?? err.params.unevaluatedProperty);
      const keyPath = [...path, key2];
      const allowed = allowedKeys(ctx.root, schema);
      return { message: `${fieldName(keyPath)}: unknown key "${key2}"${didYouMean(key2, allowed)}`, atKey: true, path: keyPath };
    }
    case "required": {
      const missing2 = err.params.missingProperty;
      return { message: `${fieldName([...path, missing2])}: required field is missing`, atKey: false, path };
    }
    case "enum": {
      const allowed = (err.params.allowedValues ?? []).map(String);
      const suggestion = typeof err.data === "string" ? didYouMean(err.data, allowed) : "";
      return { message: `${where2}${describe(err.data)} is not one of ${allowed.join(", ")}${suggestion}`, atKey: false, path };
    }
    case "const":
      return { message: `${where2}must be ${JSON.stringify(err.params.allowedValue)}, found ${describe(err.data)}`, atKey: false, path };
    case "type":
      return { message: `${where2}must be ${err.params.type.toString().replace(",", " or ")}, found ${describe(err.data)}`, atKey: false, path };
    case "pattern":
      return { message: `${where2}${describe(err.data)} is not valid.${hint}`, atKey: false, path };
    case "uniqueItems":
      return { message: `${where2}has duplicate entries (items ${err.params.j} and ${err.params.i})`, atKey: false, path };
    case "minItems":
      return { message: `${where2}must have at least ${err.params.limit} item(s)`, atKey: false, path };
    case "propertyNames": {
      const name = err.params.propertyName;
      return { message: `${fieldName([...path, name])}: "${name}" is not an accepted key here`, atKey: true, path: [...path, name] };
    }
    default:
      return { message: `${where2}${err.message ?? "is invalid"}`, atKey: false, path };
  }
}
function schemaDiagnostics(validate, value, ctx) {
  if (validate(value)) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const err of validate.errors ?? []) {
    if (err.propertyName !== void 0) continue;
    const m = messageFor(err, ctx, instancePath(err.instancePath));
    if (!m) continue;
    const at = locateNode(ctx.doc, m.path, ctx.lineCounter, { key: m.atKey });
    const d = {
      file: ctx.file,
      ...at,
      level: "error",
      code: `${ctx.code}/schema`,
      message: m.message,
      field: fieldName(m.path) || void 0
    };
    const k = `${d.line}:${d.column}:${d.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(d);
    }
  }
  return out;
}

// schema/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://blindspot.dev/schema/config.schema.json",
  title: "blindspot configuration (.github/blindspot.yml)",
  description: "Where the governance records and discovery snapshots are, the policy thresholds, severity overrides and suppressions.",
  type: "object",
  properties: {
    version: { const: 1, description: "Config format version." },
    manifests: {
      type: "array",
      items: { type: "string", minLength: 1 },
      minItems: 1,
      default: ["governance/**/*.yaml", "governance/**/*.yml"],
      description: "Globs (repo-relative; `**`, `*`, `?`, `{a,b}`) of the governance manifests."
    },
    sources: {
      type: "array",
      description: "Discovery snapshot files to reconcile against.",
      items: { $ref: "#/$defs/source" }
    },
    policy: { $ref: "#/$defs/policy" },
    severity: {
      type: "object",
      description: "Severity overrides by finding type, e.g. `stale-credential: high`.",
      propertyNames: {
        enum: ["retired-but-active", "unrecorded-asset", "missing-asset", "ownerless", "owner-unresolvable", "owner-conflict", "unmonitored", "stale-credential", "rotation-overdue", "permission-drift", "toolset-drift", "version-drift", "approval-expired", "secret-in-code", "ambiguous-match", "unverifiable", "suppression-expired"]
      },
      additionalProperties: { enum: ["critical", "high", "medium", "low"] }
    },
    suppressions: {
      type: "array",
      description: "Accepted risks. Each needs a reason and an expiry; an expired one, or one that matches nothing, is itself a finding.",
      items: { $ref: "#/$defs/suppression" }
    },
    ownership: {
      type: "object",
      properties: {
        catchAllCountsAsOwner: {
          type: "boolean",
          default: false,
          description: "When false, a manifest owned only by a catch-all rule (`*`, `**`, `/*`) is reported ownerless."
        },
        fallbackOwner: {
          type: "string",
          pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9._-]+)?$",
          description: "Owner proposed in owner-assignment PRs when no better candidate is known."
        }
      },
      additionalProperties: false
    },
    github: {
      type: "object",
      properties: {
        label: { type: "string", minLength: 1, maxLength: 40, default: "blindspot", description: "The bot label every tracked issue carries." },
        dashboardTitle: { type: "string", minLength: 1, maxLength: 200, default: "blindspot dashboard" },
        groupProposals: { type: "boolean", default: false, description: "Group proposals of one kind into one PR instead of one PR each." },
        assignOwners: { type: "boolean", default: true, description: "Assign tracked issues to the individual users CODEOWNERS names." }
      },
      additionalProperties: false
    },
    limits: {
      type: "object",
      properties: {
        maxFileBytes: { type: "integer", minimum: 1024, default: 5242880, description: "Largest manifest or export file read." }
      },
      additionalProperties: false
    },
    secrets: {
      type: "object",
      properties: {
        hmacKeyEnv: {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          default: "BLINDSPOT_HMAC_KEY",
          description: "Environment variable holding the key for secret fingerprints. The key itself is never read from the repository."
        }
      },
      additionalProperties: false
    }
  },
  additionalProperties: false,
  $defs: {
    date: { type: "string", description: "A date (`2026-12-31`) or an ISO-8601 timestamp." },
    kind: { enum: ["Model", "ModelEndpoint", "ServiceAccount", "Credential", "Agent"] },
    source: {
      type: "object",
      required: ["path"],
      properties: {
        path: { type: "string", minLength: 1, description: "File or glob, repo-relative." },
        format: { type: "string", minLength: 1, description: "Adapter name; `auto` (default) detects from content." },
        name: { type: "string", minLength: 1, description: "A name for this source in reports, e.g. `aws-prod`." },
        scope: { type: "string", minLength: 1, description: "What the export covers: account, project, cluster, org or repo." },
        collectedAt: { $ref: "#/$defs/date", description: "When the export was taken, for formats that do not say." },
        maxAgeHours: { type: "number", exclusiveMinimum: 0, description: "Overrides policy.snapshotMaxAgeHours for this source." },
        server: { type: "string", minLength: 1, description: "For MCP tools/list results: the server they came from." },
        claims: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Identifiers this source is authoritative for: a record of a covered kind with a matching identifier that the source does not show is missing. Wildcards `*` and `?` span any character; `re:` starts a regular expression. Overrides the adapter's default."
        }
      },
      additionalProperties: false
    },
    policy: {
      type: "object",
      properties: {
        staleAfterDays: { type: "integer", minimum: 1, default: 90, description: "An active credential unused this long is stale." },
        rotationDays: { type: "integer", minimum: 1, default: 90, description: "A credential older than this since issue or rotation is overdue." },
        newCredentialGraceDays: { type: "integer", minimum: 0, default: 7, description: "A credential younger than this is never stale for lack of use." },
        retiredGraceDays: { type: "number", minimum: 0, default: 1, description: "Activity within this long after retiredAt is treated as wind-down, not a blind spot." },
        snapshotMaxAgeHours: { type: "number", exclusiveMinimum: 0, default: 48, description: "A snapshot older than this is stale: it proves nothing missing and closes no issue." },
        monitoringMaxAgeDays: { type: "integer", minimum: 1, default: 30, description: "Monitoring evidence (verifiedAt, or a monitoring export) older than this does not count." },
        monitoringRequiredFor: {
          type: "array",
          items: { $ref: "#/$defs/kind" },
          uniqueItems: true,
          default: ["ModelEndpoint", "ServiceAccount", "Agent"],
          description: "Kinds whose active records must show monitoring evidence."
        },
        retireStaleCredentials: { type: "boolean", default: false, description: "Propose retirement PRs for stale credentials (otherwise an issue only)." },
        maxRetireShare: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.2,
          description: "Circuit breaker: when more than this share of records would be retired or their issues closed in one run, nothing is retired or closed."
        }
      },
      additionalProperties: false
    },
    suppression: {
      type: "object",
      required: ["reason", "expires"],
      properties: {
        fingerprint: { type: "string", pattern: "^[0-9a-f]{64}$", description: "Suppress exactly this finding." },
        match: {
          type: "object",
          description: "Suppress findings matching all of these.",
          minProperties: 1,
          properties: {
            type: { type: "string", minLength: 1 },
            kind: { $ref: "#/$defs/kind" },
            name: { type: "string", minLength: 1, description: "Record or asset name; `*` and `?` wildcards." }
          },
          additionalProperties: false
        },
        reason: { type: "string", minLength: 3, description: "Why the risk is accepted." },
        expires: { $ref: "#/$defs/date", description: "When the suppression lapses." },
        owner: { type: "string", description: "Who accepted the risk." }
      },
      oneOf: [{ required: ["fingerprint"] }, { required: ["match"] }],
      additionalProperties: false
    }
  }
};

// schema/manifest.schema.json
var manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://blindspot.dev/schema/manifest.schema.json",
  title: "blindspot governance record",
  description: "One governance record: a model, model endpoint, service account, credential or agent. A YAML file may hold several records separated by `---`.",
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: {
      description: "Manifest format version.",
      const: "blindspot.dev/v1"
    },
    kind: {
      description: "What the record governs.",
      enum: ["Model", "ModelEndpoint", "ServiceAccount", "Credential", "Agent"]
    },
    metadata: { $ref: "#/$defs/metadata" },
    spec: { type: "object" }
  },
  additionalProperties: false,
  allOf: [
    { if: { properties: { kind: { const: "Model" } }, required: ["kind"] }, then: { properties: { spec: { $ref: "#/$defs/modelSpec" } } } },
    { if: { properties: { kind: { const: "ModelEndpoint" } }, required: ["kind"] }, then: { properties: { spec: { $ref: "#/$defs/modelEndpointSpec" } } } },
    { if: { properties: { kind: { const: "ServiceAccount" } }, required: ["kind"] }, then: { properties: { spec: { $ref: "#/$defs/serviceAccountSpec" } } } },
    { if: { properties: { kind: { const: "Credential" } }, required: ["kind"] }, then: { properties: { spec: { $ref: "#/$defs/credentialSpec" } } } },
    { if: { properties: { kind: { const: "Agent" } }, required: ["kind"] }, then: { properties: { spec: { $ref: "#/$defs/agentSpec" } } } }
  ],
  $defs: {
    name: {
      type: "string",
      minLength: 1,
      maxLength: 253,
      pattern: "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$",
      description: "Letters, digits, `.`, `_` and `-`; starts and ends with a letter or digit."
    },
    date: {
      type: "string",
      description: "A date (`2026-09-01`) or an ISO-8601 timestamp with a zone (`2026-09-01T12:00:00Z`)."
    },
    owner: {
      type: "string",
      description: "A GitHub user (`@login`), team (`@org/team`) or email.",
      pattern: "^(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"
    },
    stringList: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true
    },
    version: {
      type: ["string", "number"],
      description: "A version as the live system spells it; numbers are read as strings."
    },
    metadata: {
      type: "object",
      required: ["name"],
      properties: {
        name: { $ref: "#/$defs/name", description: "Unique per kind across the repository." },
        description: { type: "string" },
        labels: {
          type: "object",
          additionalProperties: { type: "string" },
          description: "Free-form string labels."
        },
        annotations: {
          type: "object",
          additionalProperties: { type: "string" }
        }
      },
      additionalProperties: false
    },
    monitoringRef: {
      type: "object",
      required: ["system", "ref"],
      properties: {
        system: {
          type: "string",
          description: "Where the monitor lives: `prometheus`, `datadog`, `cloudwatch` or another name.",
          examples: ["prometheus", "datadog", "cloudwatch"]
        },
        ref: { type: ["string", "number"], description: "Alert name, monitor id or monitor name, spelled as the monitoring export spells it." },
        verifiedAt: { $ref: "#/$defs/date", description: "When a human last confirmed the monitor works." }
      },
      additionalProperties: false
    },
    approval: {
      type: "object",
      description: "What was approved for this asset. Live permissions, tools or data access beyond it are drift.",
      properties: {
        ref: { type: "string", description: "Link to the approval: a PR, ticket or document." },
        approvedAt: { $ref: "#/$defs/date" },
        expiresAt: { $ref: "#/$defs/date", description: "After this date the approval no longer covers a live asset." },
        permissions: { $ref: "#/$defs/stringList", description: "Approved permissions, in the form the discovery source reports (e.g. `ClusterRole/view`, `Role/payments/ledger-reader`, `policy:arn:aws:iam::aws:policy/ReadOnlyAccess`)." },
        tools: { $ref: "#/$defs/stringList", description: "Approved agent tools (MCP tool names, A2A skill ids)." },
        mcpServers: { $ref: "#/$defs/stringList", description: "Approved MCP servers, by the name the client config gives them." },
        dataSources: { $ref: "#/$defs/stringList", description: "Approved data sources (URIs without credentials)." }
      },
      additionalProperties: false
    },
    expected: {
      type: "object",
      description: "What should be live.",
      properties: {
        model: { type: "string", description: "The model an endpoint should serve, as the serving platform names it." },
        modelVersion: { $ref: "#/$defs/version" },
        toolsetVersion: { $ref: "#/$defs/version" }
      },
      additionalProperties: false
    },
    commonSpec: {
      type: "object",
      required: ["lifecycle", "identifiers"],
      properties: {
        lifecycle: {
          enum: ["proposed", "active", "deprecated", "retired"],
          description: "proposed: not yet live. active: in service. deprecated: being phased out (set sunsetAt). retired: must not be live (set retiredAt)."
        },
        retiredAt: { $ref: "#/$defs/date", description: "When the asset was retired. Live activity after it (plus the grace period) is a blind spot." },
        sunsetAt: { $ref: "#/$defs/date", description: "For a deprecated asset: when it must stop being live." },
        identifiers: {
          $ref: "#/$defs/stringList",
          minItems: 1,
          description: "Ids the asset has in live systems (ARNs, emails, `namespace/name`, endpoint names, key ids, secret names). Matching uses these."
        },
        owner: { $ref: "#/$defs/owner", description: "Declared owner. CODEOWNERS decides ownership; a disagreement is an owner-conflict finding." },
        environment: { type: "string", description: "e.g. production, staging." },
        monitoring: {
          type: "array",
          items: { $ref: "#/$defs/monitoringRef" },
          description: "Where the asset is monitored."
        },
        approval: { $ref: "#/$defs/approval" },
        expected: { $ref: "#/$defs/expected" }
      }
    },
    modelSpec: {
      allOf: [{ $ref: "#/$defs/commonSpec" }],
      unevaluatedProperties: false
    },
    modelEndpointSpec: {
      allOf: [{ $ref: "#/$defs/commonSpec" }],
      properties: {
        serves: { $ref: "#/$defs/name", description: "The Model record this endpoint serves (its metadata.name)." }
      },
      unevaluatedProperties: false
    },
    serviceAccountSpec: {
      allOf: [{ $ref: "#/$defs/commonSpec" }],
      unevaluatedProperties: false
    },
    credentialSpec: {
      allOf: [{ $ref: "#/$defs/commonSpec" }],
      properties: {
        credentialType: {
          enum: ["aws-access-key", "gcp-service-account-key", "azure-client-secret", "api-key", "github-token", "deploy-key", "ci-secret", "ssh-key", "other"],
          description: "What kind of credential this is."
        },
        belongsTo: {
          type: "object",
          required: ["kind", "name"],
          properties: {
            kind: { enum: ["ServiceAccount", "Agent"] },
            name: { $ref: "#/$defs/name" }
          },
          additionalProperties: false,
          description: "The service account or agent that holds this credential."
        },
        issuedAt: { $ref: "#/$defs/date" },
        rotatedAt: { $ref: "#/$defs/date" },
        expiresAt: { $ref: "#/$defs/date", description: "Declared expiry. Still active after it is rotation-overdue." },
        secretFingerprint: {
          type: "string",
          pattern: "^hmac-sha256:[0-9a-f]{64}$",
          description: "Keyed hash of the secret (`blindspot fingerprint`), to join scanner hits. Never the secret itself."
        }
      },
      unevaluatedProperties: false
    },
    agentSpec: {
      allOf: [{ $ref: "#/$defs/commonSpec" }],
      properties: {
        runsAs: { $ref: "#/$defs/name", description: "The ServiceAccount record this agent runs as." }
      },
      unevaluatedProperties: false
    }
  }
};

// src/util/ajv.ts
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
var Ajv2020 = import__.default.default;
var addFormats = import_ajv_formats.default.default;
function compileSchema(schema, extra2 = []) {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv);
  for (const s of extra2) ajv.addSchema(s);
  return ajv.compile(schema);
}

// src/load/schemas.ts
var MANIFEST_SCHEMA = manifest_schema_default;
var CONFIG_SCHEMA = config_schema_default;
var manifestValidator;
var configValidator;
function manifestValidate() {
  return manifestValidator ??= compileSchema(MANIFEST_SCHEMA);
}
function configValidate() {
  return configValidator ??= compileSchema(CONFIG_SCHEMA);
}

// src/load/config.ts
var DEFAULT_CONFIG_PATH = ".github/blindspot.yml";
function loadConfig(file) {
  const parsed = parseYamlFile(file, "config");
  const diagnostics = [...parsed.diagnostics];
  const config = defaultConfig();
  config.file = file.path;
  const docs = parsed.documents.filter((d) => d.value !== null);
  if (docs.length > 1) {
    const d = docs[1];
    diagnostics.push({ file: file.path, line: d.line, column: d.column, level: "error", code: "config/multiple-documents", message: "the config file must hold one YAML document" });
  }
  const doc = docs[0];
  if (!doc || doc.value === void 0) return { config, diagnostics };
  const value = doc.value;
  const at = (path, key2 = false) => ({ file: file.path, ...locateNode(doc.doc, path, parsed.lineCounter, { key: key2 }) });
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    diagnostics.push({ ...at([]), level: "error", code: "config/schema", message: "the config must be a mapping" });
    return { config, diagnostics };
  }
  const errors = schemaDiagnostics(configValidate(), value, { file: file.path, doc: doc.doc, lineCounter: parsed.lineCounter, root: CONFIG_SCHEMA, code: "config" });
  const v = value;
  const sups = Array.isArray(v.suppressions) ? v.suppressions : [];
  sups.forEach((s, i) => {
    if (s && typeof s === "object" && !Array.isArray(s)) {
      const o = s;
      const has = ("fingerprint" in o ? 1 : 0) + ("match" in o ? 1 : 0);
      if (has !== 1) {
        errors.push({ ...at(["suppressions", i]), level: "error", code: "config/schema", field: `suppressions[${i}]`, message: `suppressions[${i}]: give exactly one of "fingerprint" or "match"` });
      }
    }
  });
  const dateOf = (raw, path, field) => {
    if (raw === void 0) return void 0;
    const p = typeof raw === "string" && !/^\d+$/.test(raw.trim()) ? parseTime(raw) : { kind: "invalid" };
    if (p.kind === "time") return p.iso;
    errors.push({ ...at(path), level: "error", code: "config/invalid-date", field, message: `${field}: ${JSON.stringify(raw)} is not a date (use 2026-12-31 or an ISO-8601 timestamp)` });
    return void 0;
  };
  const suppressions = [];
  sups.forEach((s, i) => {
    const o = s ?? {};
    const expires = dateOf(o.expires, ["suppressions", i, "expires"], `suppressions[${i}].expires`);
    if (expires && typeof o.reason === "string") {
      suppressions.push({
        fingerprint: o.fingerprint,
        match: o.match,
        reason: o.reason,
        expires,
        owner: o.owner,
        location: at(["suppressions", i])
      });
    }
  });
  const sources = Array.isArray(v.sources) ? v.sources : [];
  sources.forEach((s, i) => {
    if (s && typeof s === "object") s.collectedAt = dateOf(s.collectedAt, ["sources", i, "collectedAt"], `sources[${i}].collectedAt`);
  });
  diagnostics.push(...errors);
  if (errors.some((e) => e.level === "error")) return { config, diagnostics };
  if (v.manifests) config.manifests = v.manifests;
  if (v.sources) config.sources = v.sources.map((s) => Object.fromEntries(Object.entries(s).filter(([, x]) => x !== void 0)));
  Object.assign(config.policy, v.policy ?? {});
  if (v.severity) config.severity = v.severity;
  config.suppressions = suppressions;
  Object.assign(config.ownership, v.ownership ?? {});
  Object.assign(config.github, v.github ?? {});
  Object.assign(config.limits, v.limits ?? {});
  Object.assign(config.secrets, v.secrets ?? {});
  return { config, diagnostics };
}

// src/load/manifest.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/model/kinds.ts
var RECORD_KINDS = ["Model", "ModelEndpoint", "ServiceAccount", "Credential", "Agent"];
var EVIDENCE_KINDS = ["Monitor", "SecretFinding", "SecretReference", "Member"];
var ASSET_KINDS = [...RECORD_KINDS, ...EVIDENCE_KINDS];
var SEVERITIES = ["critical", "high", "medium", "low"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function isRecordKind(v) {
  return typeof v === "string" && RECORD_KINDS.includes(v);
}

// src/model/record.ts
function recordKey(kind, name) {
  return `${kind}/${name}`;
}

// src/load/manifest.ts
var DATE_FIELDS = [
  ["spec", "retiredAt"],
  ["spec", "sunsetAt"],
  ["spec", "issuedAt"],
  ["spec", "rotatedAt"],
  ["spec", "expiresAt"],
  ["spec", "approval", "approvedAt"],
  ["spec", "approval", "expiresAt"]
];
function get(o, path) {
  let cur = o;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function fieldLocations(file, doc, lc) {
  const out = {};
  const at = (offset) => {
    const p = lc.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  const walk = (node, name) => {
    if ((0, import_yaml2.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml2.isScalar)(pair.key)) continue;
        const child = name ? `${name}.${String(pair.key.value)}` : String(pair.key.value);
        out[child] = at(pair.key.range?.[0]);
        walk(pair.value, child);
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      node.items.forEach((item, i) => {
        const child = `${name}[${i}]`;
        out[child] = at(item?.range?.[0]);
        walk(item, child);
      });
    }
  };
  walk(doc.contents, "");
  return out;
}
function strings(v) {
  return Array.isArray(v) ? v.map(String) : [];
}
function toRecord(value, index, start, fields, dates) {
  const metadata = value.metadata;
  const spec = value.spec;
  const kind = value.kind;
  const name = String(metadata.name);
  const date = (field) => dates.get(field);
  const approvalIn = spec.approval;
  const approval = approvalIn && {
    ref: approvalIn.ref,
    approvedAt: date("spec.approval.approvedAt"),
    expiresAt: date("spec.approval.expiresAt"),
    permissions: approvalIn.permissions ? strings(approvalIn.permissions) : void 0,
    tools: approvalIn.tools ? strings(approvalIn.tools) : void 0,
    mcpServers: approvalIn.mcpServers ? strings(approvalIn.mcpServers) : void 0,
    dataSources: approvalIn.dataSources ? strings(approvalIn.dataSources) : void 0
  };
  const expectedIn = spec.expected;
  const monitoring = (spec.monitoring ?? []).map((m, i) => ({
    system: String(m.system),
    ref: String(m.ref),
    verifiedAt: date(`spec.monitoring[${i}].verifiedAt`)
  }));
  const belongsTo = spec.belongsTo;
  const isCredential = kind === "Credential";
  return {
    key: recordKey(kind, name),
    apiVersion: String(value.apiVersion),
    kind,
    name,
    description: metadata.description,
    location: start,
    documentIndex: index,
    lifecycle: spec.lifecycle,
    retiredAt: date("spec.retiredAt"),
    sunsetAt: date("spec.sunsetAt"),
    identifiers: strings(spec.identifiers),
    owner: spec.owner,
    environment: spec.environment,
    monitoring,
    approval,
    expected: expectedIn && {
      model: expectedIn.model,
      modelVersion: expectedIn.modelVersion === void 0 ? void 0 : String(expectedIn.modelVersion),
      toolsetVersion: expectedIn.toolsetVersion === void 0 ? void 0 : String(expectedIn.toolsetVersion)
    },
    serves: spec.serves,
    belongsTo: belongsTo && { kind: belongsTo.kind, name: String(belongsTo.name) },
    runsAs: spec.runsAs,
    credential: isCredential ? {
      type: spec.credentialType,
      issuedAt: date("spec.issuedAt"),
      rotatedAt: date("spec.rotatedAt"),
      expiresAt: date("spec.expiresAt"),
      secretFingerprint: spec.secretFingerprint
    } : void 0,
    labels: metadata.labels ?? {},
    fields
  };
}
function loadManifest(file) {
  const parsed = parseYamlFile(file, "manifest");
  const diagnostics = [...parsed.diagnostics];
  const records = [];
  const validate = manifestValidate();
  for (const d of parsed.documents) {
    if (d.value === void 0 || d.value === null) continue;
    const start = { file: file.path, line: d.line, column: d.column };
    if (typeof d.value !== "object" || Array.isArray(d.value)) {
      diagnostics.push({ ...start, level: "error", code: "manifest/schema", message: "a manifest document must be a mapping with apiVersion, kind, metadata and spec" });
      continue;
    }
    const ctx = { file: file.path, doc: d.doc, lineCounter: parsed.lineCounter, root: MANIFEST_SCHEMA, code: "manifest" };
    const errors = schemaDiagnostics(validate, d.value, ctx);
    const at = (path) => ({ file: file.path, ...locateNode(d.doc, path, parsed.lineCounter) });
    const dates = /* @__PURE__ */ new Map();
    const datePaths = [...DATE_FIELDS];
    const mon = get(d.value, ["spec", "monitoring"]);
    if (Array.isArray(mon)) mon.forEach((_, i) => datePaths.push(["spec", "monitoring", i, "verifiedAt"]));
    for (const path of datePaths) {
      const raw = get(d.value, path);
      if (raw === void 0) continue;
      const name = path.map((s) => typeof s === "number" ? `[${s}]` : s).join(".").replace(/\.\[/g, "[");
      const p = typeof raw === "string" ? parseTime(raw) : { kind: "invalid", text: String(raw) };
      if (p.kind === "time" && !/^\d+$/.test(String(raw).trim())) dates.set(name, p.iso);
      else errors.push({ ...at(path), level: "error", code: "manifest/invalid-date", field: name, message: `${name}: ${JSON.stringify(raw)} is not a date (use 2026-09-01 or an ISO-8601 timestamp)` });
    }
    const spec = get(d.value, ["spec"]);
    if (spec && spec.lifecycle === "retired" && spec.retiredAt === void 0) {
      errors.push({ ...at(["spec", "lifecycle"]), level: "error", code: "manifest/retired-without-date", field: "spec.lifecycle", message: "spec.lifecycle is retired but spec.retiredAt is missing: say when, so activity after it can be judged" });
    }
    if (spec && spec.sunsetAt !== void 0 && spec.lifecycle !== "deprecated") {
      errors.push({ ...at(["spec", "sunsetAt"]), level: "warning", code: "manifest/sunset-not-deprecated", field: "spec.sunsetAt", message: `spec.sunsetAt is only meaningful for deprecated records (lifecycle is ${String(spec.lifecycle)})` });
    }
    diagnostics.push(...errors);
    if (errors.some((e) => e.level === "error")) continue;
    const value = d.value;
    if (!isRecordKind(value.kind)) continue;
    records.push(toRecord(value, d.index, start, fieldLocations(file.path, d.doc, parsed.lineCounter), dates));
  }
  return { path: file.path, records, diagnostics };
}

// src/model/identifiers.ts
var EMAIL_RE = /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/;
function normalizeIdentifier(raw) {
  let id = raw.trim();
  const k8s = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(id);
  if (k8s) return `${k8s[1]}/${k8s[2]}`;
  if (id.startsWith("//iam.googleapis.com/")) id = id.slice("//iam.googleapis.com/".length);
  const gcpSa = /^projects\/[^/]+\/serviceAccounts\/([^/]+)$/.exec(id);
  if (gcpSa && EMAIL_RE.test(gcpSa[1])) return gcpSa[1].toLowerCase();
  if (EMAIL_RE.test(id)) return id.toLowerCase();
  if (/^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(id)) return id.toLowerCase();
  return id;
}

// src/load/record-checks.ts
function where(l) {
  return `${l.file}:${l.line}`;
}
function fieldAt(r, field) {
  return r.fields[field] ?? r.location;
}
function crossRecordDiagnostics(records) {
  const out = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const r of records) {
    const list3 = byKey.get(r.key);
    if (list3) list3.push(r);
    else byKey.set(r.key, [r]);
  }
  for (const [key2, list3] of byKey) {
    if (list3.length < 2) continue;
    for (const r of list3) {
      const others = list3.filter((o) => o !== r).map((o) => where(o.location));
      out.push({
        ...fieldAt(r, "metadata.name"),
        level: "error",
        code: "manifest/duplicate-record",
        field: "metadata.name",
        message: `${key2} is defined more than once: also at ${others.join(", ")}`
      });
    }
  }
  const claims = /* @__PURE__ */ new Map();
  for (const r of records) {
    r.identifiers.forEach((id, i) => {
      const k = `${r.kind}\0${normalizeIdentifier(id)}`;
      const list3 = claims.get(k);
      if (list3) {
        if (!list3.some((c) => c.r === r)) list3.push({ r, i });
      } else claims.set(k, [{ r, i }]);
    });
  }
  for (const [k, list3] of claims) {
    if (list3.length < 2) continue;
    const id = k.split("\0")[1];
    for (const { r, i } of list3) {
      const others = list3.filter((c) => c.r !== r).map((c) => `${c.r.key} (${where(fieldAt(c.r, `spec.identifiers[${c.i}]`))})`);
      out.push({
        ...fieldAt(r, `spec.identifiers[${i}]`),
        level: "error",
        code: "manifest/identifier-claimed-twice",
        field: `spec.identifiers[${i}]`,
        message: `identifier "${id}" is also claimed by ${others.join(", ")}`
      });
    }
  }
  const keys = new Set(records.map((r) => r.key));
  const dangling = (r, field, target, what) => {
    if (!keys.has(target)) {
      out.push({ ...fieldAt(r, field), level: "error", code: "manifest/dangling-reference", field, message: `${field}: ${what} ${target} does not exist` });
    }
  };
  for (const r of records) {
    if (r.serves !== void 0) dangling(r, "spec.serves", recordKey("Model", r.serves), "the served model");
    if (r.runsAs !== void 0) dangling(r, "spec.runsAs", recordKey("ServiceAccount", r.runsAs), "the service account");
    if (r.belongsTo) dangling(r, "spec.belongsTo.name", recordKey(r.belongsTo.kind, r.belongsTo.name), "the holder");
  }
  return out;
}

// src/load/repo.ts
function readDiagnostic(err, path, code) {
  if (err instanceof InputError) {
    return { file: err.file ?? path, line: err.line ?? 1, column: err.column ?? 1, level: "error", code, message: err.message };
  }
  throw err;
}
function tryRead(source3, path, maxBytes, code, diagnostics) {
  try {
    return source3.read(path, { maxBytes });
  } catch (err) {
    diagnostics.push(readDiagnostic(err, path, code));
    return null;
  }
}
function loadRepo(source3, options = {}) {
  const diagnostics = [];
  let config = defaultConfig();
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  if (source3.exists(configPath)) {
    const file = tryRead(source3, configPath, config.limits.maxFileBytes, "config/unreadable", diagnostics);
    if (file) {
      const loaded = loadConfig(file);
      config = loaded.config;
      diagnostics.push(...loaded.diagnostics);
    }
  } else if (options.configPath !== void 0) {
    diagnostics.push({ file: configPath, line: 1, column: 1, level: "error", code: "config/missing", message: "config file not found" });
  }
  const files = source3.list();
  const globs = config.manifests.map((g) => new Glob(g));
  const manifestFiles = files.filter((f) => f !== configPath && matchAny(globs, f));
  const records = [];
  for (const path of manifestFiles) {
    const file = tryRead(source3, path, config.limits.maxFileBytes, "manifest/unreadable", diagnostics);
    if (!file) continue;
    const loaded = loadManifest(file);
    records.push(...loaded.records);
    diagnostics.push(...loaded.diagnostics);
  }
  diagnostics.push(...crossRecordDiagnostics(records));
  diagnostics.sort(compareDiagnostics);
  return { config, records, manifestFiles, files, diagnostics };
}

// src/discover/load-sources.ts
import { resolve as resolve2 } from "node:path";

// src/util/reader.ts
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes, path) {
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) throw new InputError("binary file (contains NUL bytes); expected UTF-8 text", { file: path });
  let text2;
  try {
    text2 = utf8.decode(bytes);
  } catch {
    let good = 0;
    for (let n = 1; n <= bytes.length; n++) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
        good = n;
      } catch {
        break;
      }
    }
    const line = bytes.subarray(0, good).filter((b) => b === 10).length + 1;
    throw new InputError("not valid UTF-8 text", { file: path, line });
  }
  if (text2.includes("\0")) throw new InputError("binary file (contains NUL characters)", { file: path });
  const bom = text2.charCodeAt(0) === 65279;
  return { text: bom ? text2.slice(1) : text2, bom };
}
function toPosix(p) {
  return sep === "/" ? p : p.split(sep).join("/");
}
var FsTextSource = class {
  constructor(root, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    this.maxBytes = maxBytes;
    this.root = resolve(root);
    this.realRoot = realpathSync(this.root);
  }
  maxBytes;
  root;
  realRoot;
  abs(path) {
    if (isAbsolute(path) || path.split(/[\\/]/).includes("..")) {
      throw new InputError("path must stay inside the repository", { file: path });
    }
    return join(this.root, path);
  }
  exists(path) {
    try {
      lstatSync(this.abs(path));
      return true;
    } catch {
      return false;
    }
  }
  read(path, options = {}) {
    const abs = this.abs(path);
    const maxBytes = options.maxBytes ?? this.maxBytes;
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      throw new InputError("file not found", { file: path });
    }
    if (st.isSymbolicLink()) {
      let target;
      try {
        target = realpathSync(abs);
      } catch {
        throw new InputError("broken symlink", { file: path });
      }
      const rel = relative(this.realRoot, target);
      if (rel.startsWith("..") || isAbsolute(rel)) {
        throw new InputError("symlink leads outside the repository; refused", { file: path });
      }
      st = statSync(target);
    }
    if (!st.isFile()) throw new InputError("not a regular file", { file: path });
    if (st.size > maxBytes) {
      throw new InputError(`file is ${st.size} bytes, over the ${maxBytes}-byte limit (limits.maxFileBytes)`, {
        file: path
      });
    }
    const { text: text2, bom } = decodeText(readFileSync(abs), path);
    return { path, text: text2, bom };
  }
  list() {
    const out = [];
    const walk = (dir) => {
      for (const ent of readdirSync(dir, { withFileTypes: true })) {
        if (ent.name === ".git" || ent.name === "node_modules") continue;
        const abs = join(dir, ent.name);
        if (ent.isDirectory()) walk(abs);
        else if (ent.isFile() || ent.isSymbolicLink()) out.push(toPosix(relative(this.root, abs)));
      }
    };
    walk(this.root);
    return out.sort();
  }
};
function readUserFile(path, display, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new InputError("file not found", { file: display });
  }
  if (!st.isFile()) throw new InputError("not a regular file", { file: display });
  if (st.size > maxBytes) throw new InputError(`file is ${st.size} bytes, over the ${maxBytes}-byte limit (limits.maxFileBytes)`, { file: display });
  const { text: text2, bom } = decodeText(readFileSync(path), display);
  return { path: display, text: text2, bom };
}

// src/discover/claims.ts
var K8S_NAME = "re:^[a-z0-9]([-a-z0-9]*[a-z0-9])?/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$";
var GUID = "re:^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
var SAGEMAKER_NAME = "re:^[A-Za-z0-9](-*[A-Za-z0-9]){0,62}$";
function attr(a, k) {
  const v = a.attributes?.[k];
  return typeof v === "string" ? v : void 0;
}
function unique(xs) {
  return [...new Set([...xs].filter((x) => Boolean(x)))].sort();
}
function awsAccounts(piece) {
  return unique(piece.assets.flatMap((a) => a.identifiers).map((id) => /^arn:aws[\w-]*:iam::(\d{12}):/.exec(id)?.[1]));
}
function defaultClaims(adapter, piece) {
  switch (adapter) {
    case "aws-credential-report":
      return awsAccounts(piece).map((acct) => `arn:aws:iam::${acct}:*`);
    case "aws-access-keys":
      return unique(piece.assets.map((a) => attr(a, "userName"))).map((u) => `${u}#*`);
    case "aws-authorization-details": {
      const accounts = awsAccounts(piece);
      const kinds = unique(piece.assets.map((a) => attr(a, "principalType")));
      return accounts.flatMap((acct) => kinds.map((k) => `arn:aws:iam::${acct}:${k}/*`));
    }
    case "gcp-service-accounts":
      return unique(piece.assets.map((a) => attr(a, "projectId") ?? a.identifiers.find((i) => i.endsWith(".iam.gserviceaccount.com"))?.split("@")[1]?.split(".")[0])).map((p) => `*@${p}.iam.gserviceaccount.com`);
    case "gcp-service-account-keys":
      return unique(piece.assets.flatMap((a) => a.identifiers).map((id) => /^(projects\/[^/]+\/serviceAccounts\/[^/]+)\/keys\//.exec(id)?.[1])).map((sa) => `${sa}/keys/*`);
    case "k8s-service-accounts": {
      const namespaces = unique(piece.assets.map((a) => a.id.split("/")[0]));
      return namespaces.length > 1 ? [K8S_NAME] : namespaces.map((ns) => `${ns}/*`);
    }
    case "azure-service-principals":
      return [GUID];
    case "github-actions-secrets":
    case "gh-secret-list":
      return piece.source.scope ? [`github-secret:${piece.source.scope}/*`] : [];
    case "mlflow-models":
      return ["*"];
    case "sagemaker": {
      const arns = unique(piece.assets.map((a) => /^(arn:aws[\w-]*:sagemaker:[^:]+:\d{12}):endpoint\//.exec(a.id)?.[1]));
      return [...arns.map((p) => `${p}:endpoint/*`), SAGEMAKER_NAME];
    }
    case "mcp-config":
    case "a2a-card":
      return unique(piece.assets.flatMap((a) => a.identifiers));
    default:
      return [];
  }
}

// src/util/json-docs.ts
function lineColumnAt(text2, offset) {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset && i < text2.length; i++) {
    if (text2.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return { line, column: offset - lastNl };
}
function jsonErrorOffset(text2, start = 0, end = text2.length) {
  let i = start;
  const ws = () => {
    while (i < end) {
      const c = text2.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail2 = (reason) => {
    throw { offset: i, reason };
  };
  const lit = (word) => {
    if (text2.startsWith(word, i)) i += word.length;
    else fail2(`unexpected character ${JSON.stringify(text2[i] ?? "")}`);
  };
  const str2 = () => {
    i++;
    while (i < end) {
      const c = text2[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const n = text2[i + 1];
        if (n === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text2.slice(i + 2, i + 6))) fail2("bad \\u escape");
          i += 6;
        } else if (n !== void 0 && '"\\/bfnrt'.includes(n)) i += 2;
        else fail2("bad escape in string");
      } else if (text2.charCodeAt(i) < 32) fail2("control character in string");
      else i++;
    }
    fail2("unterminated string");
  };
  const num2 = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text2.slice(i, Math.min(end, i + 400)));
    if (!m || m[0] === "" || m[0] === "-") fail2("bad number");
    i += m[0].length;
  };
  const value = (depth) => {
    if (depth > 1e4) fail2("nesting too deep");
    ws();
    const c = text2[i];
    if (c === "{") {
      i++;
      ws();
      if (text2[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        ws();
        if (text2[i] !== '"') fail2("expected a property name in double quotes");
        str2();
        ws();
        if (text2[i] !== ":") fail2("expected ':' after property name");
        i++;
        value(depth + 1);
        ws();
        if (text2[i] === ",") {
          i++;
          continue;
        }
        if (text2[i] === "}") {
          i++;
          return;
        }
        fail2(i >= end ? "unexpected end of input (truncated?)" : "expected ',' or '}'");
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text2[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value(depth + 1);
        ws();
        if (text2[i] === ",") {
          i++;
          continue;
        }
        if (text2[i] === "]") {
          i++;
          return;
        }
        fail2(i >= end ? "unexpected end of input (truncated?)" : "expected ',' or ']'");
      }
    } else if (c === '"') str2();
    else if (c === "t") lit("true");
    else if (c === "f") lit("false");
    else if (c === "n") lit("null");
    else if (c === "-" || c !== void 0 && c >= "0" && c <= "9") num2();
    else fail2(i >= end ? "unexpected end of input (truncated?)" : `unexpected character ${JSON.stringify(c)}`);
  };
  try {
    value(0);
    ws();
    if (i < end) fail2("unexpected data after the JSON value");
    return { offset: -1, reason: "" };
  } catch (e) {
    if (typeof e === "object" && e !== null && "offset" in e) return e;
    throw e;
  }
}
function parseSlice(text2, start, end, file) {
  try {
    return JSON.parse(text2.slice(start, end));
  } catch {
    const { offset, reason } = jsonErrorOffset(text2, start, end);
    const at = lineColumnAt(text2, offset < 0 ? start : offset);
    throw new InputError(`invalid JSON: ${reason || "malformed value"}`, { file, ...at });
  }
}
function parseJsonDocuments(text2, file) {
  const docs = [];
  const n = text2.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      line++;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (c !== 123 && c !== 91) {
      const at = lineColumnAt(text2, i);
      throw new InputError(`invalid JSON: expected '{' or '[' to start a document, found ${JSON.stringify(text2[i])}`, {
        file,
        ...at
      });
    }
    const start = i;
    const startLine = line;
    let depth = 0;
    let inString = false;
    for (; i < n; i++) {
      const ch = text2.charCodeAt(i);
      if (ch === 10) line++;
      if (inString) {
        if (ch === 92) i++;
        else if (ch === 34) inString = false;
        continue;
      }
      if (ch === 34) inString = true;
      else if (ch === 123 || ch === 91) depth++;
      else if (ch === 125 || ch === 93) {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
      }
    }
    if (depth !== 0) {
      parseSlice(text2, start, n, file);
      throw new InputError("invalid JSON: unexpected end of input (truncated?)", { file, ...lineColumnAt(text2, n) });
    }
    docs.push({ value: parseSlice(text2, start, i, file), line: startLine });
  }
  return docs;
}
function looksLikeJson(text2) {
  const m = /^\s*([[{])/.exec(text2);
  return m !== null;
}

// src/discover/fields.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function obj(v) {
  return isObject(v) ? v : void 0;
}
function arr(v) {
  return Array.isArray(v) ? v : [];
}
function str(v) {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
}
function bool(v) {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if (t === "true" || t === "yes" || t === "1") return true;
    if (t === "false" || t === "no" || t === "0") return false;
  }
  return void 0;
}
function time(v, where2, field) {
  const p = parseTime(v);
  if (p.kind === "time") return p.iso;
  if (p.kind === "none") return null;
  const rec = where2.record ? ` in ${where2.record}` : "";
  throw new InputError(`field ${field}${rec}: cannot read ${JSON.stringify(p.text)} as a timestamp`, {
    file: where2.file,
    line: where2.line
  });
}
function requireString(o, key2, where2) {
  const v = str(o[key2]);
  if (v === void 0 || v === "") {
    const rec = where2.record ? ` in ${where2.record}` : "";
    throw new InputError(`missing required field ${key2}${rec}`, { file: where2.file, line: where2.line });
  }
  return v;
}
function ids(...values) {
  const out = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}
function latest(...values) {
  let best = null;
  for (const v of values) if (v && (best === null || v > best)) best = v;
  return best;
}

// src/discover/adapters/cloud-shared.ts
function jsonDocs(input, expected) {
  if (input.docs === null) {
    throw new InputError(`expected JSON (${expected}); the file does not parse as JSON`, { file: input.file, line: 1 });
  }
  const single = singleLineDocs(input.text, input.docs);
  return input.docs.map((d, docIndex) => ({
    value: d.value,
    docIndex,
    startLine: d.line,
    recordLine: single[docIndex] ? d.line : void 0
  }));
}
function singleLineDocs(text2, docs) {
  const lines = text2.split("\n");
  return docs.map((d, k) => {
    const next = docs[k + 1];
    if (next?.line === d.line) return true;
    let last = next ? next.line - 1 : lines.length;
    while (last > d.line && lines[last - 1].trim() === "") last--;
    return last === d.line;
  });
}
function evidenceOf(at) {
  return at.line === void 0 ? { file: at.file, index: at.index } : { file: at.file, index: at.index, line: at.line };
}
function whereOf(at) {
  return { file: at.file, line: at.line, record: at.record };
}
function describeShape(v) {
  if (Array.isArray(v)) {
    if (v.length === 0) return "an empty array";
    return `an array of ${describeShape(v[0]).replace(/^an? /, "")}s`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v).slice(0, 5);
    return keys.length === 0 ? "an empty object" : `an object with keys ${keys.join(", ")}`;
  }
  return v === null ? "null" : typeof v;
}
function shapeError(file, line, expected, found) {
  return new InputError(`expected ${expected}, found ${describeShape(found)}`, { file, line });
}
function arrayPages(doc, file, expected) {
  const v = doc.value;
  if (!Array.isArray(v)) throw shapeError(file, doc.startLine, expected, v);
  if (v.length > 0 && v.every(Array.isArray)) return v;
  if (v.some(Array.isArray)) throw shapeError(file, doc.startLine, expected, v);
  return [v];
}
function objectPages(doc, file, expected, isPage3) {
  const v = doc.value;
  if (isPage3(v)) return [v];
  if (Array.isArray(v) && v.every(isPage3)) return v;
  throw shapeError(file, doc.startLine, expected, v);
}
function sourceOf(type, options, scopeFromData) {
  const source3 = { type };
  if (options.sourceName) source3.name = options.sourceName;
  const scope = options.scope ?? scopeFromData;
  if (scope) source3.scope = scope;
  return source3;
}
function sharedValue(values) {
  let out;
  for (const v of values) {
    if (v === void 0) continue;
    if (out === void 0) out = v;
    else if (out !== v) return void 0;
  }
  return out;
}
function awsAccountOf(arn) {
  if (!arn) return void 0;
  const parts = arn.split(":");
  return parts.length >= 6 && parts[0] === "arn" && /^\d{12}$/.test(parts[4]) ? parts[4] : void 0;
}
var OWNER_KEYS = ["owner", "owners", "team", "owner-team", "owned-by", "ownedby"];
var ENVIRONMENT_KEYS = ["environment", "env"];
function keyName(key2) {
  const slash = key2.lastIndexOf("/");
  return (slash === -1 ? key2 : key2.slice(slash + 1)).trim().toLowerCase();
}
function ownerHintsFrom(pairs2) {
  const out = [];
  for (const [key2, value] of pairs2) {
    if (!OWNER_KEYS.includes(keyName(key2))) continue;
    const text2 = str(value);
    if (!text2) continue;
    for (const part of text2.split(",")) {
      const hint = part.trim();
      if (hint && !out.includes(hint)) out.push(hint);
    }
  }
  return out;
}
function environmentFrom(pairs2) {
  for (const [key2, value] of pairs2) {
    if (ENVIRONMENT_KEYS.includes(keyName(key2))) {
      const text2 = str(value)?.trim();
      if (text2) return text2;
    }
  }
  return void 0;
}
function awsTagPairs(tags) {
  if (!Array.isArray(tags)) return [];
  const out = [];
  for (const t of tags) {
    if (isObject(t) && typeof t.Key === "string") out.push([t.Key, t.Value]);
  }
  return out;
}
function mapPairs(v) {
  return isObject(v) ? Object.entries(v) : [];
}
function githubHandle(login) {
  return login.startsWith("@") ? login : `@${login}`;
}
var GCP_NAME_RE = /^(?:\/\/iam\.googleapis\.com\/)?projects\/([^/]+)\/serviceAccounts\/([^/]+)(?:\/keys\/([^/]+))?$/;
function gcpResourceName(name) {
  const m = GCP_NAME_RE.exec(name);
  if (!m) return void 0;
  const relative3 = `projects/${m[1]}/serviceAccounts/${m[2]}${m[3] ? `/keys/${m[3]}` : ""}`;
  return { project: m[1], email: m[2], keyId: m[3], relative: relative3, full: `//iam.googleapis.com/${relative3}` };
}

// src/discover/adapters/aws-access-keys.ts
var NAME = "aws-access-keys";
var EXPECTED = "aws iam list-access-keys output ({AccessKeyMetadata: [...]}) or wrapped get-access-key-last-used responses ({AccessKeyId, AccessKeyLastUsed})";
function isListResponse(v) {
  return isObject(v) && Array.isArray(v.AccessKeyMetadata);
}
function isLastUsedResponse(v) {
  return isObject(v) && isObject(v.AccessKeyLastUsed);
}
var STATUS_ACTIVE = { active: true, inactive: false, expired: false };
function naToNull(v) {
  const s = str(v);
  return s === void 0 || s.toUpperCase() === "N/A" ? null : s;
}
var awsAccessKeys = {
  name: NAME,
  description: "AWS access keys: `aws iam list-access-keys --user-name U` (one per user, any JSON framing), plus `aws iam get-access-key-last-used --access-key-id K` wrapped as {AccessKeyId, ...response}",
  markers: ["top-level key `AccessKeyMetadata`", "top-level key `AccessKeyLastUsed` (with `AccessKeyId` wrapper)"],
  sniff(input) {
    const first = input.docs?.[0]?.value;
    const probe = Array.isArray(first) ? first[0] : first;
    if (isListResponse(probe)) return 1;
    if (isLastUsedResponse(probe)) return 0.95;
    return 0;
  },
  parse(input, options) {
    const file = input.file;
    const keys = [];
    const lastUsed = /* @__PURE__ */ new Map();
    const truncated = [];
    const warnings = [];
    let sawList = false;
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED)) {
      const responses = Array.isArray(doc.value) ? doc.value : [doc.value];
      responses.forEach((resp, k) => {
        const label = Array.isArray(doc.value) ? `document ${doc.docIndex + 1}, response ${k}` : `document ${doc.docIndex + 1}`;
        if (isListResponse(resp)) {
          sawList = true;
          const more = resp.IsTruncated === true || str(resp.Marker) || str(resp.NextToken);
          if (more) {
            const who = str(arr(resp.AccessKeyMetadata).map(obj)[0]?.UserName) ?? "a user";
            truncated.push(`list-access-keys for ${who} (${label}) is truncated: IsTruncated/Marker/NextToken present`);
          }
          arr(resp.AccessKeyMetadata).forEach((m, j) => {
            const at = { file, index: index++, line: doc.recordLine, record: `${label}, AccessKeyMetadata[${j}]` };
            if (!isObject(m)) throw shapeError(file, doc.startLine, `an access key object in ${at.record}`, m);
            keys.push({ meta: m, at });
          });
        } else if (isLastUsedResponse(resp)) {
          const at = { file, index: index++, line: doc.recordLine, record: label };
          const keyId = str(resp.AccessKeyId);
          if (!keyId) {
            warnings.push(
              `${label}: get-access-key-last-used response without AccessKeyId ignored; wrap each response as {AccessKeyId, ...response}`
            );
            return;
          }
          const u = resp.AccessKeyLastUsed;
          lastUsed.set(keyId, {
            // Missing or null LastUsedDate: never used, or not since tracking began (2015-04-22).
            lastUsedAt: time(u.LastUsedDate, whereOf(at), "AccessKeyLastUsed.LastUsedDate"),
            service: naToNull(u.ServiceName),
            region: naToNull(u.Region),
            userName: str(resp.UserName),
            at
          });
        } else {
          throw shapeError(file, doc.startLine, EXPECTED, resp);
        }
      });
    }
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { meta, at } of keys) {
      const where2 = whereOf(at);
      const keyId = requireString(meta, "AccessKeyId", where2);
      const userName = str(meta.UserName);
      const status = requireString(meta, "Status", where2);
      const active = STATUS_ACTIVE[status.toLowerCase()];
      if (active === void 0) {
        throw new InputError(`field Status in ${at.record}: expected Active, Inactive or Expired, found ${JSON.stringify(status)}`, {
          file,
          line: at.line
        });
      }
      if (seen.has(keyId)) continue;
      seen.add(keyId);
      const createdAt = time(meta.CreateDate, where2, "CreateDate");
      const used = lastUsed.get(keyId);
      lastUsed.delete(keyId);
      assets.push({
        kind: "Credential",
        id: keyId,
        identifiers: ids(keyId, userName && `${userName}#${keyId}`),
        name: keyId,
        active,
        createdAt,
        rotatedAt: createdAt,
        // Absent (unknown) unless a last-used response for this key was in the file.
        ...used ? { lastUsedAt: used.lastUsedAt } : {},
        evidence: evidenceOf(at),
        attributes: {
          credentialType: "aws-access-key",
          status,
          ...userName ? { userName } : {},
          ...used ? { lastUsedService: used.service, lastUsedRegion: used.region } : {}
        }
      });
    }
    for (const [keyId, used] of lastUsed) {
      assets.push({
        kind: "Credential",
        id: keyId,
        identifiers: ids(keyId, used.userName && `${used.userName}#${keyId}`),
        name: keyId,
        lastUsedAt: used.lastUsedAt,
        evidence: evidenceOf(used.at),
        attributes: {
          credentialType: "aws-access-key",
          ...used.userName ? { userName: used.userName } : {},
          lastUsedService: used.service,
          lastUsedRegion: used.region
        }
      });
    }
    const piece = {
      source: sourceOf(NAME, options),
      complete: truncated.length === 0,
      // Only list-access-keys output is authoritative for which keys exist.
      covers: sawList ? ["Credential"] : [],
      assets
    };
    if (truncated.length > 0) piece.incompleteReason = truncated.join("; ");
    if (warnings.length > 0) piece.warnings = warnings;
    return piece;
  }
};

// src/discover/adapters/aws-authorization-details.ts
var NAME2 = "aws-authorization-details";
var EXPECTED2 = "aws iam get-account-authorization-details output ({UserDetailList, GroupDetailList, RoleDetailList, Policies})";
var LIST_KEYS = ["UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"];
function isDetailsPage(v) {
  return isObject(v) && (Array.isArray(v.RoleDetailList) || Array.isArray(v.UserDetailList)) && LIST_KEYS.some((k) => k in v);
}
function permissionsOf(d, inlineKey) {
  const out = [];
  for (const p of arr(d.AttachedManagedPolicies)) {
    const policyArn = str(obj(p)?.PolicyArn);
    if (policyArn) out.push(`policy:${policyArn}`);
  }
  for (const p of arr(d[inlineKey])) {
    const policyName = str(obj(p)?.PolicyName);
    if (policyName) out.push(`inline:${policyName}`);
  }
  for (const g of arr(d.GroupList)) {
    const group = str(g);
    if (group) out.push(`group:${group}`);
  }
  return [...new Set(out)];
}
function trustedPrincipals(doc) {
  let policy = doc;
  if (typeof doc === "string") {
    try {
      policy = JSON.parse(decodeURIComponent(doc));
    } catch {
      return [];
    }
  }
  const out = [];
  const statements = obj(policy)?.Statement;
  for (const s of Array.isArray(statements) ? statements : [statements]) {
    const st = obj(s);
    if (!st || str(st.Effect) !== "Allow") continue;
    const principal = st.Principal;
    if (typeof principal === "string") out.push(principal);
    for (const v of Object.values(obj(principal) ?? {})) {
      for (const p of Array.isArray(v) ? v : [v]) {
        const text2 = str(p);
        if (text2) out.push(text2);
      }
    }
  }
  return [...new Set(out)];
}
function principalAsset(d, type, at) {
  const where2 = whereOf(at);
  const arn = requireString(d, "Arn", where2);
  const name = requireString(d, type === "role" ? "RoleName" : "UserName", where2);
  const principalId = str(d[type === "role" ? "RoleId" : "UserId"]);
  const tags = awsTagPairs(d.Tags);
  const owners = ownerHintsFrom(tags);
  const environment = environmentFrom(tags);
  const accountId = awsAccountOf(arn);
  const path = str(d.Path);
  const boundary = str(obj(d.PermissionsBoundary)?.PermissionsBoundaryArn);
  const asset = {
    kind: "ServiceAccount",
    id: arn,
    identifiers: ids(arn, name, principalId),
    name,
    // IAM principals have no enabled flag: a role or user that exists can be used.
    active: true,
    createdAt: time(d.CreateDate, where2, "CreateDate"),
    permissions: permissionsOf(d, type === "role" ? "RolePolicyList" : "UserPolicyList"),
    evidence: evidenceOf(at),
    attributes: {
      principalType: type,
      ...accountId ? { accountId } : {},
      ...path ? { path } : {},
      ...principalId ? { principalId } : {},
      ...boundary ? { permissionsBoundary: boundary } : {}
    }
  };
  if (owners.length > 0) asset.ownerHints = owners;
  if (environment) asset.environment = environment;
  if (type === "role") {
    const lastUsed = d.RoleLastUsed;
    if (lastUsed !== void 0) {
      const used = obj(lastUsed);
      asset.lastUsedAt = used ? time(used.LastUsedDate, where2, "RoleLastUsed.LastUsedDate") : null;
      const region = str(used?.Region);
      if (region) asset.attributes.lastUsedRegion = region;
    }
    asset.attributes.trustedPrincipals = trustedPrincipals(d.AssumeRolePolicyDocument);
    if (path?.startsWith("/aws-service-role/")) asset.attributes.serviceLinked = true;
  }
  return asset;
}
var awsAuthorizationDetails = {
  name: NAME2,
  description: "AWS IAM roles and users with policies: `aws iam get-account-authorization-details`",
  markers: ["top-level keys `RoleDetailList` / `UserDetailList` (with `GroupDetailList`, `Policies`)"],
  sniff(input) {
    const first = input.docs?.[0]?.value;
    const probe = Array.isArray(first) ? first[0] : first;
    return isDetailsPage(probe) ? 1 : 0;
  },
  parse(input, options) {
    const file = input.file;
    const assets = [];
    const truncated = [];
    const seen = /* @__PURE__ */ new Set();
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED2)) {
      objectPages(doc, file, EXPECTED2, isDetailsPage).forEach((page, p) => {
        const label = `document ${doc.docIndex + 1}${Array.isArray(doc.value) ? `, page ${p}` : ""}`;
        if (page.IsTruncated === true || str(page.Marker) || str(page.NextToken)) {
          truncated.push(`${label} is truncated (IsTruncated/Marker/NextToken present); fetch every page`);
        }
        const lists = [
          ["RoleDetailList", "role"],
          ["UserDetailList", "user"]
        ];
        for (const [key2, type] of lists) {
          arr(page[key2]).forEach((d, j) => {
            const at = { file, index: index++, line: doc.recordLine, record: `${label}, ${key2}[${j}]` };
            if (!isObject(d)) throw shapeError(file, doc.startLine, `an object in ${at.record}`, d);
            const asset = principalAsset(d, type, at);
            if (seen.has(asset.id)) return;
            seen.add(asset.id);
            assets.push(asset);
          });
        }
      });
    }
    const piece = {
      source: sourceOf(NAME2, options, sharedValue(assets.map((a) => awsAccountOf(a.id)))),
      complete: truncated.length === 0,
      covers: ["ServiceAccount"],
      assets
    };
    if (truncated.length > 0) piece.incompleteReason = truncated.join("; ");
    return piece;
  }
};

// src/discover/csv.ts
function parseCsv(text2, file) {
  const rows = [];
  const n = text2.length;
  let i = text2.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  while (i < n) {
    if (text2[i] === "\n") {
      line++;
      i++;
      continue;
    }
    if (text2[i] === "\r" && text2[i + 1] === "\n") {
      line++;
      i += 2;
      continue;
    }
    const startLine = line;
    const fields = [];
    for (; ; ) {
      let value = "";
      if (text2[i] === '"') {
        const quoteLine = line;
        i++;
        for (; ; ) {
          if (i >= n) throw new InputError("CSV: unterminated quoted field", { file, line: quoteLine });
          const c = text2[i];
          if (c === '"') {
            if (text2[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === "\n") line++;
          value += c;
          i++;
        }
        if (i < n && text2[i] !== "," && text2[i] !== "\n" && !(text2[i] === "\r" && text2[i + 1] === "\n")) {
          throw new InputError(`CSV: unexpected ${JSON.stringify(text2[i])} after a closing quote`, { file, line });
        }
      } else {
        const start = i;
        while (i < n && text2[i] !== "," && text2[i] !== "\n" && !(text2[i] === "\r" && text2[i + 1] === "\n")) {
          if (text2[i] === '"') throw new InputError("CSV: quote inside an unquoted field", { file, line });
          i++;
        }
        value = text2.slice(start, i);
      }
      fields.push(value);
      if (i < n && text2[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    rows.push({ fields, line: startLine });
    if (text2[i] === "\r") i++;
    if (text2[i] === "\n") {
      i++;
      line++;
    }
  }
  return rows;
}

// src/discover/adapters/aws-credential-report.ts
var CREDENTIAL_REPORT_COLUMNS = [
  "user",
  "arn",
  "user_creation_time",
  "password_enabled",
  "password_last_used",
  "password_last_changed",
  "password_next_rotation",
  "mfa_active",
  "access_key_1_active",
  "access_key_1_last_rotated",
  "access_key_1_last_used_date",
  "access_key_1_last_used_region",
  "access_key_1_last_used_service",
  "access_key_2_active",
  "access_key_2_last_rotated",
  "access_key_2_last_used_date",
  "access_key_2_last_used_region",
  "access_key_2_last_used_service",
  "cert_1_active",
  "cert_1_last_rotated",
  "cert_2_active",
  "cert_2_last_rotated"
];
var HEADER_PREFIX = "user,arn,user_creation_time";
var ROOT_USER = "<root_account>";
var TEXT_SENTINELS = /* @__PURE__ */ new Set(["n/a", "no_information", "not_supported", ""]);
function textOrNull(v) {
  return TEXT_SENTINELS.has(v.trim().toLowerCase()) ? null : v;
}
function flag(row, col, file) {
  const raw = row.get(col);
  const b = bool(raw);
  if (b !== void 0) return b;
  if (TEXT_SENTINELS.has(raw.trim().toLowerCase())) return false;
  throw new InputError(`field ${col} in row for user ${row.user}: expected true or false, found ${JSON.stringify(raw)}`, {
    file,
    line: row.line
  });
}
function when(row, col, file) {
  return time(row.get(col), { file, line: row.line, record: `row for user ${row.user}` }, col);
}
function readRows(input) {
  const rows = parseCsv(input.text, input.file);
  if (rows.length === 0) {
    throw new InputError("empty file: expected the credential report header (user,arn,user_creation_time,…)", {
      file: input.file,
      line: 1
    });
  }
  const header = rows[0].fields.map((h) => h.trim());
  const position = new Map(header.map((h, k) => [h, k]));
  for (const col of CREDENTIAL_REPORT_COLUMNS) {
    if (!position.has(col)) {
      throw new InputError(`credential report header lacks column ${col}`, { file: input.file, line: rows[0].line });
    }
  }
  return rows.slice(1).map((r, index) => {
    if (r.fields.length !== header.length) {
      throw new InputError(`CSV row has ${r.fields.length} columns, the header has ${header.length}`, {
        file: input.file,
        line: r.line
      });
    }
    const get2 = (col) => r.fields[position.get(col)];
    return { get: get2, line: r.line, index, user: get2("user") };
  });
}
function userAsset(row, file, accountId, keyActive) {
  const arn = row.get("arn");
  const passwordEnabled = flag(row, "password_enabled", file);
  const passwordLastUsed = when(row, "password_last_used", file);
  const lastUsed = latest(
    passwordLastUsed,
    when(row, "access_key_1_last_used_date", file),
    when(row, "access_key_2_last_used_date", file)
  );
  return {
    kind: "ServiceAccount",
    id: arn,
    identifiers: ids(arn, row.user),
    name: row.user,
    // Able to authenticate: a console password or an active access key.
    active: passwordEnabled || keyActive.some(Boolean),
    createdAt: when(row, "user_creation_time", file),
    // Never used, or not since tracking began: the report cannot tell these apart.
    lastUsedAt: lastUsed,
    evidence: { file, index: row.index, line: row.line },
    attributes: {
      principalType: "user",
      ...accountId ? { accountId } : {},
      passwordEnabled,
      passwordLastUsed,
      passwordLastChanged: when(row, "password_last_changed", file),
      mfaActive: flag(row, "mfa_active", file)
    }
  };
}
function keyAsset(row, slot, file, root) {
  const p = `access_key_${slot}`;
  const active = flag(row, `${p}_active`, file);
  const rotatedAt = when(row, `${p}_last_rotated`, file);
  if (!active && rotatedAt === null) return null;
  const arn = row.get("arn");
  const id = `${arn}#${p}`;
  return {
    kind: "Credential",
    id,
    identifiers: ids(id, `${row.user}#${p}`),
    name: `${row.user}#${p}`,
    active,
    // An access key cannot be changed in place: its last rotation is its creation.
    createdAt: rotatedAt,
    rotatedAt,
    lastUsedAt: when(row, `${p}_last_used_date`, file),
    evidence: { file, index: row.index, line: row.line },
    attributes: {
      credentialType: "aws-access-key",
      userArn: arn,
      userName: row.user,
      slot,
      ...root ? { root: true } : {},
      lastUsedService: textOrNull(row.get(`${p}_last_used_service`)),
      lastUsedRegion: textOrNull(row.get(`${p}_last_used_region`)),
      keyIdAvailable: false,
      note: "the credential report carries no access key ids; join to list-access-keys by user and slot"
    }
  };
}
function certAsset(row, slot, file, root) {
  const p = `cert_${slot}`;
  const active = flag(row, `${p}_active`, file);
  const rotatedAt = when(row, `${p}_last_rotated`, file);
  if (!active && rotatedAt === null) return null;
  const arn = row.get("arn");
  const id = `${arn}#${p}`;
  return {
    kind: "Credential",
    id,
    identifiers: ids(id, `${row.user}#${p}`),
    name: `${row.user}#${p}`,
    active,
    createdAt: rotatedAt,
    rotatedAt,
    evidence: { file, index: row.index, line: row.line },
    attributes: {
      credentialType: "aws-signing-certificate",
      userArn: arn,
      userName: row.user,
      slot,
      ...root ? { root: true } : {}
    }
  };
}
var NAME3 = "aws-credential-report";
var awsCredentialReport = {
  name: NAME3,
  description: "AWS IAM credential report CSV: `aws iam get-credential-report --query Content --output text | base64 -d`",
  markers: ["CSV header starting `user,arn,user_creation_time`"],
  sniff(input) {
    const first = input.text.replace(/^\ufeff/, "").trimStart().slice(0, HEADER_PREFIX.length + 1);
    return first.startsWith(HEADER_PREFIX) ? 1 : 0;
  },
  parse(input, options) {
    const rows = readRows(input);
    const file = input.file;
    const assets = [];
    const accountIds = [];
    for (const row of rows) {
      const arn = row.get("arn");
      if (!arn.startsWith("arn:")) {
        throw new InputError(`field arn in row for user ${row.user}: expected an ARN, found ${JSON.stringify(arn)}`, {
          file,
          line: row.line
        });
      }
      const accountId = awsAccountOf(arn);
      accountIds.push(accountId);
      const root = row.user === ROOT_USER;
      const keys = [keyAsset(row, 1, file, root), keyAsset(row, 2, file, root)];
      if (!root) assets.push(userAsset(row, file, accountId, keys.map((k) => k?.active === true)));
      for (const a of [...keys, certAsset(row, 1, file, root), certAsset(row, 2, file, root)]) if (a) assets.push(a);
    }
    return {
      source: sourceOf(NAME3, options, sharedValue(accountIds)),
      // The CSV carries no generation time (GeneratedTime is only in the API envelope).
      complete: true,
      covers: ["ServiceAccount", "Credential"],
      assets
    };
  }
};

// src/discover/adapters/azure-service-principals.ts
var NAME4 = "azure-service-principals";
var EXPECTED3 = "az ad sp list --all output (an array of servicePrincipal objects)";
function isServicePrincipal(v) {
  return isObject(v) && typeof v.appId === "string" && (typeof v.servicePrincipalType === "string" || Array.isArray(v.servicePrincipalNames));
}
function itemsOf(value) {
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.value)) return { items: value.value, nextLink: str(value["@odata.nextLink"]) };
  return null;
}
function credentialAssets(sp, list3, appId, active, spAt) {
  return arr(sp[list3]).map((c, j) => {
    const at = { ...spAt, record: `${spAt.record}.${list3}[${j}]` };
    const where2 = whereOf(at);
    const cred = obj(c);
    if (!cred) throw shapeError(at.file, at.line, `a credential object in ${at.record}`, c);
    const keyId = requireString(cred, "keyId", where2);
    const startedAt = time(cred.startDateTime, where2, "startDateTime");
    const attributes2 = {
      credentialType: list3 === "passwordCredentials" ? "azure-client-secret" : "azure-certificate",
      appId,
      servicePrincipalId: str(sp.id) ?? null
    };
    for (const key2 of ["displayName", "hint", "type", "usage"]) {
      const v = str(cred[key2]);
      if (v) attributes2[key2] = v;
    }
    const asset = {
      kind: "Credential",
      id: keyId,
      identifiers: ids(keyId, `${appId}#${keyId}`),
      name: str(cred.displayName) || keyId,
      createdAt: startedAt,
      rotatedAt: startedAt,
      expiresAt: time(cred.endDateTime, where2, "endDateTime"),
      evidence: evidenceOf(at),
      attributes: attributes2
    };
    if (active !== void 0) asset.active = active;
    return asset;
  });
}
function principalAssets(sp, at) {
  const where2 = whereOf(at);
  const id = requireString(sp, "id", where2);
  const appId = requireString(sp, "appId", where2);
  const enabled = bool(sp.accountEnabled);
  const attributes2 = { appId };
  for (const key2 of ["displayName", "servicePrincipalType", "appOwnerOrganizationId"]) {
    const v = str(sp[key2]);
    if (v) attributes2[key2] = v;
  }
  const names = arr(sp.servicePrincipalNames).map(str);
  const principal = {
    kind: "ServiceAccount",
    id,
    identifiers: ids(id, appId, str(sp.displayName), ...names),
    name: str(sp.displayName) || appId,
    evidence: evidenceOf(at),
    attributes: attributes2
  };
  if (enabled !== void 0) principal.active = enabled;
  return [
    principal,
    ...credentialAssets(sp, "passwordCredentials", appId, enabled, at),
    ...credentialAssets(sp, "keyCredentials", appId, enabled, at)
  ];
}
var azureServicePrincipals = {
  name: NAME4,
  description: "Azure service principals with their credentials: `az ad sp list --all`",
  markers: ["array of objects with `appId` and `servicePrincipalType` / `servicePrincipalNames`"],
  sniff(input) {
    const found = itemsOf(input.docs?.[0]?.value);
    return found && isServicePrincipal(found.items[0]) ? 0.95 : 0;
  },
  parse(input, options) {
    const file = input.file;
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    const more = [];
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED3)) {
      const found = itemsOf(doc.value);
      if (!found) throw shapeError(file, doc.startLine, EXPECTED3, doc.value);
      if (found.nextLink) more.push(`document ${doc.docIndex + 1} has @odata.nextLink: later pages are missing`);
      found.items.forEach((item, j) => {
        const at = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, item ${j}` };
        if (!isObject(item)) throw shapeError(file, doc.startLine, `a servicePrincipal object in ${at.record}`, item);
        for (const asset of principalAssets(item, at)) {
          const key2 = `${asset.kind}/${asset.id}`;
          if (seen.has(key2)) continue;
          seen.add(key2);
          assets.push(asset);
        }
      });
    }
    const piece = {
      source: sourceOf(NAME4, options),
      complete: more.length === 0,
      covers: ["ServiceAccount"],
      assets
    };
    if (more.length > 0) piece.incompleteReason = more.join("; ");
    return piece;
  }
};

// src/discover/adapters/gcp-activity.ts
var NAME5 = "gcp-activity";
var EXPECTED4 = "gcloud policy-intelligence query-activity --format=json output (an array of activities, or {activities, nextPageToken})";
var SA_ACTIVITY = "serviceAccountLastAuthentication";
var KEY_ACTIVITY = "serviceAccountKeyLastAuthentication";
function isActivity(v) {
  return isObject(v) && typeof v.activityType === "string" && typeof v.fullResourceName === "string";
}
function itemsOf2(value) {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((p) => isObject(p) && Array.isArray(p.activities))) {
      const items = value.flatMap((p) => p.activities);
      const tokens = value.map((p) => str(p.nextPageToken)).filter(Boolean);
      return { items, nextPageToken: tokens[tokens.length - 1] };
    }
    return { items: value };
  }
  if (isObject(value) && Array.isArray(value.activities)) {
    return { items: value.activities, nextPageToken: str(value.nextPageToken) };
  }
  if (isObject(value) && Object.keys(value).every((k) => k === "nextPageToken")) {
    return { items: [], nextPageToken: str(value.nextPageToken) };
  }
  return null;
}
function activityAsset(a, at) {
  const where2 = whereOf(at);
  const type = requireString(a, "activityType", where2);
  const fullName = requireString(a, "fullResourceName", where2);
  const parts = gcpResourceName(fullName);
  if (!parts) {
    throw new InputError(
      `field fullResourceName in ${at.record}: expected //iam.googleapis.com/projects/P/serviceAccounts/EMAIL[/keys/KEY], found ${JSON.stringify(fullName)}`,
      { file: at.file, line: at.line }
    );
  }
  const body = obj(a.activity) ?? {};
  const nested = obj(body.serviceAccount) ?? obj(body.serviceAccountKey);
  const serviceAccountId = str(nested?.serviceAccountId);
  const period = obj(a.observationPeriod);
  const attributes2 = {
    activityType: type,
    projectId: parts.project,
    serviceAccountEmail: parts.email,
    observationStart: time(period?.startTime, where2, "observationPeriod.startTime"),
    observationEnd: time(period?.endTime, where2, "observationPeriod.endTime")
  };
  const projectNumber = str(nested?.projectNumber);
  if (projectNumber) attributes2.projectNumber = projectNumber;
  if (serviceAccountId) attributes2.serviceAccountId = serviceAccountId;
  const lastUsedAt = "lastAuthenticatedTime" in body ? time(body.lastAuthenticatedTime, where2, "activity.lastAuthenticatedTime") : void 0;
  const base = { evidence: evidenceOf(at), attributes: attributes2, ...lastUsedAt !== void 0 ? { lastUsedAt } : {} };
  if (type === KEY_ACTIVITY) {
    if (!parts.keyId) {
      throw new InputError(`field fullResourceName in ${at.record}: a key activity needs a …/keys/KEY resource name`, {
        file: at.file,
        line: at.line
      });
    }
    return { kind: "Credential", id: parts.keyId, identifiers: ids(parts.keyId, parts.relative, parts.full), name: parts.keyId, ...base };
  }
  if (type === SA_ACTIVITY) {
    return {
      kind: "ServiceAccount",
      // The stable uniqueId when the activity carries it, as the service-account adapter uses.
      id: serviceAccountId ?? parts.email,
      identifiers: ids(parts.email, serviceAccountId, parts.relative, parts.full),
      name: parts.email,
      ...base
    };
  }
  return null;
}
var gcpActivity = {
  name: NAME5,
  description: "GCP last authentication: `gcloud policy-intelligence query-activity --activity-type=serviceAccountLastAuthentication|serviceAccountKeyLastAuthentication --project=P --format=json`",
  markers: ["array of objects with `activityType` and `fullResourceName`", "top-level key `activities`"],
  sniff(input) {
    const found = itemsOf2(input.docs?.[0]?.value);
    if (!found) return 0;
    if (isActivity(found.items[0])) return 0.95;
    const v = input.docs?.[0]?.value;
    return isObject(v) && Array.isArray(v.activities) ? 0.6 : 0;
  },
  parse(input, options) {
    const file = input.file;
    const assets = [];
    const more = [];
    const unknownTypes = /* @__PURE__ */ new Set();
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED4)) {
      const found = itemsOf2(doc.value);
      if (!found) throw shapeError(file, doc.startLine, EXPECTED4, doc.value);
      if (found.nextPageToken) more.push(`document ${doc.docIndex + 1} has a nextPageToken: later pages are missing`);
      found.items.forEach((item, j) => {
        const at = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, activity ${j}` };
        if (!isActivity(item)) throw shapeError(file, doc.startLine, `an activity (activityType, fullResourceName) in ${at.record}`, item);
        const asset = activityAsset(item, at);
        if (asset) assets.push(asset);
        else unknownTypes.add(String(item.activityType));
      });
    }
    const ends = assets.map((a) => a.attributes?.observationEnd);
    const collectedAt = latest(...ends);
    const piece = {
      source: sourceOf(NAME5, options, sharedValue(assets.map((a) => str(a.attributes?.projectId)))),
      complete: more.length === 0,
      covers: [],
      assets
    };
    if (collectedAt) {
      piece.collectedAt = collectedAt;
      piece.collectedAtFrom = "data";
    }
    if (more.length > 0) piece.incompleteReason = more.join("; ");
    if (unknownTypes.size > 0) piece.warnings = [`activities of unknown type skipped: ${[...unknownTypes].join(", ")}`];
    return piece;
  }
};

// src/discover/adapters/gcp-service-account-keys.ts
var NAME6 = "gcp-service-account-keys";
var EXPECTED5 = "gcloud iam service-accounts keys list --format=json output (an array of keys)";
var KEY_TYPES = /* @__PURE__ */ new Set(["USER_MANAGED", "SYSTEM_MANAGED", "KEY_TYPE_UNSPECIFIED"]);
function isGcpKey(v) {
  return isObject(v) && KEY_TYPES.has(str(v.keyType) ?? "") && typeof v.name === "string";
}
function pagesOf(doc, file) {
  const keys = obj(doc.value)?.keys;
  if (Array.isArray(keys)) return [keys];
  return arrayPages(doc, file, EXPECTED5);
}
function isNoExpiry(iso) {
  return iso.startsWith("9999-");
}
function keyAsset2(k, at) {
  const where2 = whereOf(at);
  const name = requireString(k, "name", where2);
  const parts = gcpResourceName(name);
  if (!parts?.keyId) {
    throw new InputError(`field name in ${at.record}: expected projects/P/serviceAccounts/EMAIL/keys/KEY, found ${JSON.stringify(name)}`, {
      file: at.file,
      line: at.line
    });
  }
  const disabled = bool(k.disabled) ?? false;
  const validAfter = time(k.validAfterTime, where2, "validAfterTime");
  const validBefore = time(k.validBeforeTime, where2, "validBeforeTime");
  const attributes2 = {
    credentialType: "gcp-service-account-key",
    serviceAccountEmail: parts.email,
    projectId: parts.project,
    disabled
  };
  for (const key2 of ["keyType", "keyOrigin", "keyAlgorithm", "disableReason", "creator", "description"]) {
    const v = str(k[key2]);
    if (v) attributes2[key2] = v;
  }
  const extended = arr(k.extendedStatus).map((e) => str(obj(e)?.key)).filter((e) => e !== void 0);
  if (extended.length > 0) attributes2.extendedStatus = extended;
  const asset = {
    kind: "Credential",
    id: parts.keyId,
    identifiers: ids(parts.keyId, parts.relative),
    name: parts.keyId,
    active: !disabled,
    // A key's material never changes: creation is its last rotation.
    createdAt: validAfter,
    rotatedAt: validAfter,
    expiresAt: validBefore !== null && isNoExpiry(validBefore) ? null : validBefore,
    evidence: evidenceOf(at),
    attributes: attributes2
  };
  const contact = str(k.contact);
  if (contact) asset.ownerHints = [contact];
  return asset;
}
var gcpServiceAccountKeys = {
  name: NAME6,
  description: "GCP service account keys: `gcloud iam service-accounts keys list --iam-account=EMAIL --format=json`",
  markers: ["array of objects with `keyType` USER_MANAGED|SYSTEM_MANAGED and `name` = projects/P/serviceAccounts/EMAIL/keys/KEY"],
  sniff(input) {
    const first = input.docs?.[0]?.value;
    const keys = obj(first)?.keys;
    let probe = Array.isArray(keys) ? keys[0] : Array.isArray(first) ? first[0] : void 0;
    if (Array.isArray(probe)) probe = probe[0];
    return isGcpKey(probe) ? 0.95 : 0;
  },
  parse(input, options) {
    const file = input.file;
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    let systemManaged = 0;
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED5)) {
      for (const page of pagesOf(doc, file)) {
        page.forEach((item, j) => {
          const at = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, key ${j}` };
          if (!isObject(item) || typeof item.name !== "string") throw shapeError(file, doc.startLine, `a key object in ${at.record}`, item);
          if (str(item.keyType) === "SYSTEM_MANAGED") {
            systemManaged++;
            return;
          }
          const asset = keyAsset2(item, at);
          if (seen.has(asset.id)) return;
          seen.add(asset.id);
          assets.push(asset);
        });
      }
    }
    const accounts = new Set(assets.map((a) => String(a.attributes?.serviceAccountEmail)));
    const project = sharedValue(assets.map((a) => str(a.attributes?.projectId)));
    const scope = accounts.size === 1 && project ? `projects/${project}/serviceAccounts/${[...accounts][0]}` : project;
    const piece = {
      source: sourceOf(NAME6, options, scope),
      complete: true,
      covers: ["Credential"],
      assets
    };
    if (systemManaged > 0) {
      piece.warnings = [`${systemManaged} SYSTEM_MANAGED key(s) skipped: Google manages and rotates them`];
    }
    return piece;
  }
};

// src/discover/adapters/gcp-service-accounts.ts
var NAME7 = "gcp-service-accounts";
var EXPECTED6 = "gcloud iam service-accounts list --format=json output (an array of service accounts)";
function isGcpServiceAccount(v) {
  if (!isObject(v)) return false;
  const name = str(v.name) ?? "";
  return typeof v.uniqueId === "string" && typeof v.email === "string" && name.includes("/serviceAccounts/") && !name.includes("/keys/");
}
function itemsOf3(value) {
  if (Array.isArray(value)) return { items: value };
  if (isObject(value) && Array.isArray(value.accounts)) return { items: value.accounts, nextPageToken: str(value.nextPageToken) };
  return null;
}
function accountAsset(sa, at) {
  const where2 = whereOf(at);
  const email = requireString(sa, "email", where2);
  const uniqueId = requireString(sa, "uniqueId", where2);
  const resourceName = str(sa.name);
  const projectId = str(sa.projectId);
  const disabled = bool(sa.disabled) ?? false;
  const attributes2 = { disabled };
  for (const key2 of ["projectId", "displayName", "description", "oauth2ClientId"]) {
    const v = str(sa[key2]);
    if (v) attributes2[key2] = v;
  }
  return {
    kind: "ServiceAccount",
    id: uniqueId,
    identifiers: ids(email, uniqueId, resourceName, projectId && `projects/${projectId}/serviceAccounts/${email}`),
    name: email,
    active: !disabled,
    evidence: evidenceOf(at),
    attributes: attributes2
  };
}
var gcpServiceAccounts = {
  name: NAME7,
  description: "GCP service accounts: `gcloud iam service-accounts list --format=json`",
  markers: ["array of objects with `uniqueId`, `email` and `name` = projects/P/serviceAccounts/EMAIL"],
  sniff(input) {
    const found = itemsOf3(input.docs?.[0]?.value);
    return found && isGcpServiceAccount(found.items[0]) ? 0.95 : 0;
  },
  parse(input, options) {
    const file = input.file;
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    const more = [];
    let index = 0;
    for (const doc of jsonDocs(input, EXPECTED6)) {
      const found = itemsOf3(doc.value);
      if (!found) throw shapeError(file, doc.startLine, EXPECTED6, doc.value);
      if (found.nextPageToken) more.push(`document ${doc.docIndex + 1} has a nextPageToken: later pages are missing`);
      found.items.forEach((item, j) => {
        const at = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, item ${j}` };
        if (!isObject(item) || !str(item.email)) throw shapeError(file, doc.startLine, `a service account in ${at.record}`, item);
        const asset = accountAsset(item, at);
        if (seen.has(asset.id)) return;
        seen.add(asset.id);
        assets.push(asset);
      });
    }
    const project = sharedValue(assets.map((a) => str(a.attributes?.projectId)));
    const piece = {
      source: sourceOf(NAME7, options, project),
      complete: more.length === 0,
      covers: ["ServiceAccount"],
      assets
    };
    if (more.length > 0) piece.incompleteReason = more.join("; ");
    return piece;
  }
};

// src/discover/adapters/github-pages.ts
function isWrappedPage(v, key2) {
  return isObject(v) && Array.isArray(v[key2]) && typeof v.total_count === "number";
}
function wrappedItems(input, key2, expected) {
  const items = [];
  let totalCount;
  let index = 0;
  for (const doc of jsonDocs(input, expected)) {
    objectPages(doc, input.file, expected, (v) => isWrappedPage(v, key2)).forEach((page, p) => {
      const count2 = page.total_count;
      totalCount = totalCount === void 0 ? count2 : Math.max(totalCount, count2);
      const label = `document ${doc.docIndex + 1}${Array.isArray(doc.value) ? `, page ${p}` : ""}`;
      page[key2].forEach((value, j) => {
        items.push({ value, at: { file: input.file, index: index++, line: doc.recordLine, record: `${label}, ${key2}[${j}]` } });
      });
    });
  }
  return { items, totalCount };
}
function arrayItems(input, expected) {
  const items = [];
  let index = 0;
  for (const doc of jsonDocs(input, expected)) {
    arrayPages(doc, input.file, expected).forEach((page, p) => {
      const label = `document ${doc.docIndex + 1}${page !== doc.value ? `, page ${p}` : ""}`;
      page.forEach((value, j) => {
        items.push({ value, at: { file: input.file, index: index++, line: doc.recordLine, record: `${label}, item ${j}` } });
      });
    });
  }
  return items;
}
function firstItem(input, key2) {
  let v = input.docs?.[0]?.value;
  if (Array.isArray(v) && Array.isArray(v[0])) v = v[0];
  if (key2 !== void 0) {
    if (Array.isArray(v)) v = v[0];
    return isWrappedPage(v, key2) ? v[key2][0] : void 0;
  }
  return Array.isArray(v) ? v[0] : void 0;
}
function itemObject(item, what) {
  if (!isObject(item.value)) throw shapeError(item.at.file, item.at.line, `${what} in ${item.at.record}`, item.value);
  return item.value;
}
function countCheck(totalCount, distinct, what) {
  if (totalCount !== void 0 && distinct < totalCount) {
    return {
      complete: false,
      incompleteReason: `total_count says ${totalCount} ${what}, the file holds ${distinct}: pages are missing (use gh api --paginate)`
    };
  }
  return { complete: true };
}

// src/discover/adapters/github-actions-secrets.ts
var NAME8 = "github-actions-secrets";
var EXPECTED7 = "GitHub REST actions secrets pages ({total_count, secrets: [...]})";
function secretIds(name, scope) {
  if (!scope) return { id: name, identifiers: [name] };
  const scoped = `github-secret:${scope}/${name}`;
  return { id: scoped, identifiers: [name, scoped] };
}
function secretAsset(name, scope, at, times, attributes2) {
  const { id, identifiers } = secretIds(name, scope);
  const asset = {
    kind: "Credential",
    id,
    identifiers,
    name,
    // A listed secret exists and is available to workflows; GitHub has no disabled state.
    active: true,
    rotatedAt: times.updatedAt,
    evidence: evidenceOf(at),
    attributes: { credentialType: "ci-secret", ...attributes2 }
  };
  if (times.createdAt !== void 0) asset.createdAt = times.createdAt;
  return asset;
}
var githubActionsSecrets = {
  name: NAME8,
  description: "GitHub Actions secrets: `gh api --paginate /repos/{owner}/{repo}/actions/secrets` or `/orgs/{org}/actions/secrets` (pass the repo/org as scope)",
  markers: ["top-level keys `total_count` + `secrets`"],
  sniff(input) {
    const v = input.docs?.[0]?.value;
    return isWrappedPage(Array.isArray(v) ? v[0] : v, "secrets") ? 0.95 : 0;
  },
  parse(input, options) {
    const { items, totalCount } = wrappedItems(input, "secrets", EXPECTED7);
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of items) {
      const s = itemObject(item, "a secret object");
      const where2 = whereOf(item.at);
      const name = requireString(s, "name", where2);
      if (seen.has(name)) continue;
      seen.add(name);
      const attributes2 = {};
      const visibility = str(s.visibility);
      if (visibility) {
        attributes2.secretLevel = "organization";
        attributes2.visibility = visibility;
      }
      const selected = str(s.selected_repositories_url);
      if (selected) attributes2.selectedRepositoriesUrl = selected;
      assets.push(
        secretAsset(name, options.scope, item.at, { createdAt: time(s.created_at, where2, "created_at"), updatedAt: time(s.updated_at, where2, "updated_at") }, attributes2)
      );
    }
    return {
      source: sourceOf(NAME8, options),
      ...countCheck(totalCount, seen.size, "secrets"),
      covers: ["Credential"],
      assets
    };
  }
};

// src/discover/adapters/gh-secret-list.ts
var NAME9 = "gh-secret-list";
var EXPECTED8 = "gh secret list --json name,updatedAt,… output (an array of {name, updatedAt, …})";
var FIELDS = /* @__PURE__ */ new Set(["name", "updatedAt", "visibility", "numSelectedRepos", "selectedReposURL"]);
var ghSecretList = {
  name: NAME9,
  description: "GitHub secrets as the CLI lists them: `gh secret list [--org ORG] --json name,updatedAt,visibility,numSelectedRepos`",
  markers: ["array of objects with only `name`, `updatedAt`, `visibility`, `numSelectedRepos`, `selectedReposURL`"],
  sniff(input) {
    const v = input.docs?.[0]?.value;
    if (!Array.isArray(v) || v.length === 0) return 0;
    const fit = v.every((it) => isObject(it) && typeof it.name === "string" && Object.keys(it).every((k) => FIELDS.has(k)));
    if (!fit) return 0;
    return isObject(v[0]) && "updatedAt" in v[0] ? 0.9 : 0.3;
  },
  parse(input, options) {
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of arrayItems(input, EXPECTED8)) {
      const s = itemObject(item, "a secret object");
      const where2 = whereOf(item.at);
      const name = requireString(s, "name", where2);
      if (seen.has(name)) continue;
      seen.add(name);
      const attributes2 = {};
      const visibility = str(s.visibility);
      if (visibility) {
        attributes2.secretLevel = "organization";
        attributes2.visibility = visibility;
      }
      if (typeof s.numSelectedRepos === "number") attributes2.numSelectedRepos = s.numSelectedRepos;
      const selected = str(s.selectedReposURL);
      if (selected) attributes2.selectedRepositoriesUrl = selected;
      assets.push(secretAsset(name, options.scope, item.at, { updatedAt: time(s.updatedAt, where2, "updatedAt") }, attributes2));
    }
    return { source: sourceOf(NAME9, options), complete: true, covers: ["Credential"], assets };
  }
};

// src/discover/adapters/github-app-installations.ts
var NAME10 = "github-app-installations";
var EXPECTED9 = "gh api /orgs/{org}/installations output ({total_count, installations: [...]})";
function installationAsset(item) {
  const inst = itemObject(item, "an installation object");
  const where2 = whereOf(item.at);
  const installationId = requireString(inst, "id", where2);
  const slug = str(inst.app_slug);
  const suspendedAt = time(inst.suspended_at, where2, "suspended_at");
  const permissions = Object.entries(obj(inst.permissions) ?? {}).filter(([, level]) => typeof level === "string").map(([scope, level]) => `${scope}:${level}`).sort();
  const events = arr(inst.events).map(str).filter((e) => e !== void 0);
  const account = str(obj(inst.account)?.login);
  const suspendedBy = str(obj(inst.suspended_by)?.login);
  const id = `github-app-installation:${installationId}`;
  return {
    kind: "ServiceAccount",
    id,
    identifiers: ids(id, slug && `github-app:${slug}`, slug),
    name: slug || id,
    active: suspendedAt === null,
    createdAt: time(inst.created_at, where2, "created_at"),
    permissions,
    evidence: evidenceOf(item.at),
    attributes: {
      installationId,
      ...str(inst.app_id) ? { appId: str(inst.app_id) } : {},
      ...slug ? { appSlug: slug } : {},
      ...account ? { account } : {},
      ...str(inst.target_type) ? { targetType: str(inst.target_type) } : {},
      ...str(inst.repository_selection) ? { repositorySelection: str(inst.repository_selection) } : {},
      events,
      suspendedAt,
      ...suspendedBy ? { suspendedBy } : {}
    }
  };
}
var githubAppInstallations = {
  name: NAME10,
  description: "GitHub App installations of an organisation: `gh api --paginate /orgs/{org}/installations`",
  markers: ["top-level keys `total_count` + `installations`"],
  sniff(input) {
    const v = input.docs?.[0]?.value;
    return isWrappedPage(Array.isArray(v) ? v[0] : v, "installations") ? 0.95 : 0;
  },
  parse(input, options) {
    const { items, totalCount } = wrappedItems(input, "installations", EXPECTED9);
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of items) {
      const asset = installationAsset(item);
      if (seen.has(asset.id)) continue;
      seen.add(asset.id);
      assets.push(asset);
    }
    const account = sharedValue(assets.map((a) => str(a.attributes?.account)));
    return {
      source: sourceOf(NAME10, options, account),
      ...countCheck(totalCount, seen.size, "installations"),
      covers: ["ServiceAccount"],
      assets
    };
  }
};

// src/discover/adapters/github-deploy-keys.ts
import { createHash } from "node:crypto";
var NAME11 = "github-deploy-keys";
var EXPECTED10 = "gh api /repos/{owner}/{repo}/keys output (an array of deploy keys)";
function sshFingerprint(publicKey) {
  const [algorithm, b64] = publicKey.trim().split(/\s+/);
  if (!algorithm || !b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return void 0;
  const blob = Buffer.from(b64, "base64");
  if (blob.length < 4) return void 0;
  const nameLength = blob.readUInt32BE(0);
  if (nameLength > blob.length - 4 || blob.subarray(4, 4 + nameLength).toString("latin1") !== algorithm) return void 0;
  return "SHA256:" + createHash("sha256").update(blob).digest("base64").replace(/=+$/, "");
}
function repoOf(url) {
  const m = url ? /\/repos\/([^/]+\/[^/]+)\/keys\/\d+$/.exec(url) : null;
  return m ? m[1] : void 0;
}
function keyAsset3(item) {
  const k = itemObject(item, "a deploy key object");
  const where2 = whereOf(item.at);
  const keyId = requireString(k, "id", where2);
  const fingerprint = sshFingerprint(str(k.key) ?? "");
  const createdAt = time(k.created_at, where2, "created_at");
  const readOnly = bool(k.read_only);
  const addedBy = str(k.added_by);
  const title = str(k.title);
  const asset = {
    kind: "Credential",
    id: `github-deploy-key:${keyId}`,
    identifiers: ids(`github-deploy-key:${keyId}`, fingerprint),
    name: title || keyId,
    active: bool(k.enabled) ?? true,
    createdAt,
    // A deploy key cannot be changed in place: replacing it makes a new key.
    rotatedAt: createdAt,
    evidence: evidenceOf(item.at),
    attributes: {
      credentialType: "deploy-key",
      keyId,
      ...title ? { title } : {},
      ...fingerprint ? { fingerprint } : {},
      ...readOnly !== void 0 ? { readOnly } : {},
      ...typeof k.verified === "boolean" ? { verified: k.verified } : {},
      ...addedBy ? { addedBy } : {},
      ...str(k.url) ? { url: str(k.url) } : {}
    }
  };
  if (readOnly !== void 0) asset.permissions = [readOnly ? "read" : "write"];
  if ("last_used" in k) asset.lastUsedAt = time(k.last_used, where2, "last_used");
  if (addedBy) asset.ownerHints = [githubHandle(addedBy)];
  return asset;
}
var githubDeployKeys = {
  name: NAME11,
  description: "GitHub deploy keys: `gh api --paginate /repos/{owner}/{repo}/keys`",
  markers: ["array of objects with `key`, `read_only` and `verified`"],
  sniff(input) {
    const it = firstItem(input);
    return isObject(it) && typeof it.read_only === "boolean" && typeof it.key === "string" && "verified" in it ? 0.95 : 0;
  },
  parse(input, options) {
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of arrayItems(input, EXPECTED10)) {
      const asset = keyAsset3(item);
      if (seen.has(asset.id)) continue;
      seen.add(asset.id);
      assets.push(asset);
    }
    const repo = sharedValue(assets.map((a) => repoOf(str(a.attributes?.url))));
    return { source: sourceOf(NAME11, options, repo), complete: true, covers: ["Credential"], assets };
  }
};

// src/discover/adapters/github-org-members.ts
var NAME12 = "github-org-members";
var EXPECTED11 = "gh api /orgs/{org}/members output (an array of users)";
var githubOrgMembers = {
  name: NAME12,
  description: "GitHub organisation members: `gh api --paginate /orgs/{org}/members`",
  markers: ["array of objects with `login`, numeric `id`, `type` and `site_admin`"],
  sniff(input) {
    const it = firstItem(input);
    return isObject(it) && typeof it.login === "string" && typeof it.id === "number" && typeof it.type === "string" && "site_admin" in it ? 0.85 : 0;
  },
  parse(input, options) {
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of arrayItems(input, EXPECTED11)) {
      const u = itemObject(item, "a user object");
      const where2 = whereOf(item.at);
      const login = requireString(u, "login", where2);
      const id = requireString(u, "id", where2);
      if (seen.has(id)) continue;
      seen.add(id);
      assets.push({
        kind: "Member",
        id,
        identifiers: ids(githubHandle(login), login, id),
        name: login,
        active: true,
        evidence: evidenceOf(item.at),
        attributes: {
          login,
          ...str(u.type) ? { type: str(u.type) } : {},
          ...typeof u.site_admin === "boolean" ? { siteAdmin: u.site_admin } : {}
        }
      });
    }
    return { source: sourceOf(NAME12, options), complete: true, covers: ["Member"], assets };
  }
};

// src/discover/adapters/github-pats.ts
var NAME13 = "github-pats";
var EXPECTED12 = "gh api /orgs/{org}/personal-access-tokens output (an array of token grants)";
function permissionStrings(permissions) {
  const out = [];
  for (const [category, scopes] of Object.entries(obj(permissions) ?? {})) {
    for (const [permission, level] of Object.entries(obj(scopes) ?? {})) {
      if (typeof level === "string") out.push(`${category}.${permission}:${level}`);
    }
  }
  return out.sort();
}
function tokenAsset(item) {
  const t = itemObject(item, "a token grant object");
  const where2 = whereOf(item.at);
  const tokenId = requireString(t, "token_id", where2);
  const grantId = str(t.id);
  const tokenName = str(t.token_name);
  const owner = obj(t.owner);
  const login = owner ? str(owner.login) : void 0;
  if (!login) throw new InputError(`missing required field owner.login in ${item.at.record}`, { file: item.at.file, line: item.at.line });
  const expired = bool(t.token_expired);
  const id = `github-pat:${tokenId}`;
  const asset = {
    kind: "Credential",
    id,
    identifiers: ids(id, grantId && `github-pat-grant:${grantId}`, tokenName && `${login}/${tokenName}`),
    name: tokenName || id,
    createdAt: time(t.access_granted_at, where2, "access_granted_at"),
    expiresAt: time(t.token_expires_at, where2, "token_expires_at"),
    lastUsedAt: time(t.token_last_used_at, where2, "token_last_used_at"),
    permissions: permissionStrings(t.permissions),
    ownerHints: [githubHandle(login)],
    evidence: evidenceOf(item.at),
    attributes: {
      credentialType: "github-token",
      tokenId,
      ...grantId ? { grantId } : {},
      ...tokenName ? { tokenName } : {},
      ownerLogin: login,
      ...str(owner?.id) ? { ownerId: str(owner?.id) } : {},
      ...str(t.repository_selection) ? { repositorySelection: str(t.repository_selection) } : {},
      ...expired !== void 0 ? { tokenExpired: expired } : {}
    }
  };
  if (expired !== void 0) asset.active = !expired;
  return asset;
}
var githubPats = {
  name: NAME13,
  description: "Fine-grained PATs with organisation access: `gh api --paginate /orgs/{org}/personal-access-tokens`",
  markers: ["array of objects with `token_id` (and `token_name`, `owner`)"],
  sniff(input) {
    const it = firstItem(input);
    return isObject(it) && "token_id" in it && isObject(it.owner) ? 0.95 : 0;
  },
  parse(input, options) {
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of arrayItems(input, EXPECTED12)) {
      const asset = tokenAsset(item);
      if (seen.has(asset.id)) continue;
      seen.add(asset.id);
      assets.push(asset);
    }
    return { source: sourceOf(NAME13, options), complete: true, covers: ["Credential"], assets };
  }
};

// src/discover/adapters/github-workflows.ts
var import_yaml3 = __toESM(require_dist(), 1);
var NAME14 = "github-workflow";
var SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\])/g;
var BUILTIN = /* @__PURE__ */ new Set(["GITHUB_TOKEN"]);
function hasKey(text2, key2) {
  return new RegExp(`^${key2}\\s*:`, "m").test(text2);
}
var githubWorkflowsAdapter = {
  name: NAME14,
  description: "GitHub Actions workflow files (`.github/workflows/*.yml`): secret references per job",
  markers: ["YAML with top-level `on:` and `jobs:`"],
  sniff(input) {
    if (input.docs !== null) return 0;
    if (!hasKey(input.text, "jobs")) return 0;
    return hasKey(input.text, "on") || hasKey(input.text, '"on"') || hasKey(input.text, "'on'") ? 0.9 : 0.4;
  },
  parse(input, options) {
    const lc = new import_yaml3.LineCounter();
    const doc = (0, import_yaml3.parseDocument)(input.text, { lineCounter: lc, uniqueKeys: false, logLevel: "error" });
    const syntax = doc.errors[0];
    if (syntax) {
      const p = lc.linePos(syntax.pos[0]);
      throw new InputError(`invalid workflow YAML: ${syntax.message.split("\n")[0]}`, { file: input.file, line: p.line, column: p.col });
    }
    if (!(0, import_yaml3.isMap)(doc.contents) || !doc.has("jobs")) {
      throw new InputError("not a GitHub Actions workflow: no top-level `jobs:` mapping", { file: input.file, line: 1 });
    }
    const workflowName = doc.get("name");
    const scope = options.scope;
    const seen = /* @__PURE__ */ new Map();
    (0, import_yaml3.visit)(doc, {
      Scalar(_key, node, path) {
        if (typeof node.value !== "string" || !node.value.includes("secrets")) return;
        let job;
        let step;
        for (let i = 0; i < path.length; i++) {
          const p = path[i];
          if ((0, import_yaml3.isPair)(p) && (0, import_yaml3.isScalar)(p.key) && p.key.value === "jobs") {
            const next = path[i + 2];
            if ((0, import_yaml3.isPair)(next) && (0, import_yaml3.isScalar)(next.key)) job = String(next.key.value);
          }
          if ((0, import_yaml3.isMap)(p) && job && p.has("run") !== p.has("uses") && typeof p.get("name") === "string") step = String(p.get("name"));
        }
        SECRET_REF.lastIndex = 0;
        for (let m = SECRET_REF.exec(node.value); m; m = SECRET_REF.exec(node.value)) {
          const secret = m[1] ?? m[2];
          if (BUILTIN.has(secret)) continue;
          const line = lc.linePos(node.range?.[0] ?? 0).line;
          const id = `${input.file}#${job ?? "(workflow)"}#${secret}`;
          if (seen.has(id)) continue;
          seen.set(id, {
            kind: "SecretReference",
            id,
            identifiers: ids(secret, scope && `github-secret:${scope}/${secret}`),
            name: secret,
            active: true,
            evidence: { file: input.file, index: seen.size, line },
            attributes: {
              workflow: typeof workflowName === "string" ? `${workflowName} (${input.file})` : input.file,
              ...job ? { job } : {},
              ...step ? { step } : {}
            }
          });
        }
      }
    });
    return {
      source: sourceOf(NAME14, options),
      complete: true,
      covers: ["SecretReference"],
      assets: [...seen.values()]
    };
  }
};

// src/discover/adapters/k8s-objects.ts
var SERVICE_ACCOUNT = "ServiceAccount";
var BINDING_KINDS = ["RoleBinding", "ClusterRoleBinding"];
var K8S_IDENTITY_KINDS = [SERVICE_ACCOUNT, ...BINDING_KINDS];
var TYPED_LISTS = /* @__PURE__ */ new Set(["List", ...K8S_IDENTITY_KINDS.map((k) => `${k}List`)]);
function rawItems(value) {
  if (!isObject(value)) return null;
  const kind = str(value.kind);
  if (kind && TYPED_LISTS.has(kind) && Array.isArray(value.items)) return value.items;
  if (kind && K8S_IDENTITY_KINDS.includes(kind) && isObject(value.metadata)) return [value];
  return null;
}
function itemKinds(values) {
  const kinds = [];
  for (const v of values) {
    const items = rawItems(v);
    if (!items) return null;
    for (const it of items) kinds.push(isObject(it) ? str(it.kind) ?? "" : "");
  }
  return kinds;
}
function k8sItems(docs, file, expected) {
  const out = [];
  let index = 0;
  for (const doc of docs) {
    const items = rawItems(doc.value);
    if (!items) throw shapeError(file, doc.startLine, expected, doc.value);
    const listKind = str(doc.value.kind) ?? "";
    const fallback = listKind.endsWith("List") && listKind !== "List" ? listKind.slice(0, -4) : void 0;
    arr(items).forEach((item, j) => {
      const at = { file, index: index++, line: doc.recordLine, record: `document ${doc.docIndex + 1}, items[${j}]` };
      if (!isObject(item) || !isObject(item.metadata)) throw shapeError(file, doc.startLine, `a Kubernetes object in ${at.record}`, item);
      const kind = str(item.kind) ?? fallback ?? "";
      if (!K8S_IDENTITY_KINDS.includes(kind)) {
        throw new InputError(
          `${at.record} has kind ${JSON.stringify(kind)}; expected ServiceAccount, RoleBinding or ClusterRoleBinding items`,
          { file, line: at.line ?? doc.startLine }
        );
      }
      out.push({ kind, value: item, at });
    });
  }
  return out;
}
function truncatedLists(docs) {
  const out = [];
  for (const doc of docs) {
    const meta = isObject(doc.value) && isObject(doc.value.metadata) ? doc.value.metadata : void 0;
    if (meta && str(doc.value.kind)?.endsWith("List") && str(meta.continue)) {
      out.push(`document ${doc.docIndex + 1} has metadata.continue: later chunks are missing`);
    }
  }
  return out;
}

// src/discover/adapters/k8s-role-bindings.ts
var NAME15 = "k8s-role-bindings";
var EXPECTED13 = "kubectl get rolebindings,clusterrolebindings -A -o json output (kind: List of bindings)";
function saKey(namespace, name) {
  return `${namespace}/${name}`;
}
function saIdentifiers(namespace, name) {
  return [saKey(namespace, name), `system:serviceaccount:${namespace}:${name}`];
}
function grantOf(item) {
  const where2 = whereOf(item.at);
  const meta = item.value.metadata;
  const bindingName = requireString(meta, "name", where2);
  const roleRef = obj(item.value.roleRef);
  if (!roleRef) throw new InputError(`missing required field roleRef in ${item.at.record}`, { file: item.at.file, line: item.at.line });
  const roleKind = requireString(roleRef, "kind", { ...where2, record: `${item.at.record}.roleRef` });
  const roleName = requireString(roleRef, "name", { ...where2, record: `${item.at.record}.roleRef` });
  if (item.kind === "ClusterRoleBinding") {
    if (roleKind !== "ClusterRole") {
      throw new InputError(`field roleRef.kind in ${item.at.record}: a ClusterRoleBinding must reference a ClusterRole, found ${JSON.stringify(roleKind)}`, {
        file: item.at.file,
        line: item.at.line
      });
    }
    return { permission: `ClusterRole/${roleName}`, binding: `ClusterRoleBinding/${bindingName}`, namespace: void 0 };
  }
  const ns = requireString(meta, "namespace", where2);
  const binding = `RoleBinding/${ns}/${bindingName}`;
  if (roleKind === "ClusterRole") return { permission: `ClusterRole/${roleName}@${ns}`, binding, namespace: ns };
  if (roleKind === "Role") return { permission: `Role/${ns}/${roleName}`, binding, namespace: ns };
  throw new InputError(`field roleRef.kind in ${item.at.record}: expected Role or ClusterRole, found ${JSON.stringify(roleKind)}`, {
    file: item.at.file,
    line: item.at.line
  });
}
function bindingGrants(items) {
  const bySa = /* @__PURE__ */ new Map();
  const groups = [];
  const grantTo = (namespace, name, permission, binding, at) => {
    const key2 = saKey(namespace, name);
    let g = bySa.get(key2);
    if (!g) bySa.set(key2, g = { namespace, name, permissions: /* @__PURE__ */ new Set(), bindings: /* @__PURE__ */ new Set(), at });
    g.permissions.add(permission);
    g.bindings.add(binding);
  };
  for (const item of items) {
    if (!BINDING_KINDS.includes(item.kind)) continue;
    const { permission, binding, namespace } = grantOf(item);
    arr(item.value.subjects).forEach((s, j) => {
      const subject = obj(s);
      const record = `${item.at.record}.subjects[${j}]`;
      if (!subject) throw new InputError(`${record}: expected an object`, { file: item.at.file, line: item.at.line });
      const kind = str(subject.kind);
      const name = requireString(subject, "name", { ...whereOf(item.at), record });
      if (kind === "ServiceAccount") {
        const ns = str(subject.namespace) || namespace;
        if (!ns) {
          throw new InputError(`field namespace in ${record}: a ServiceAccount subject of a ClusterRoleBinding needs a namespace`, {
            file: item.at.file,
            line: item.at.line
          });
        }
        grantTo(ns, name, permission, binding, item.at);
      } else if (kind === "User") {
        const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(name);
        if (m) grantTo(m[1], m[2], permission, binding, item.at);
      } else if (kind === "Group") {
        if (name === "system:serviceaccounts") groups.push({ namespace: null, permission, binding });
        const m = /^system:serviceaccounts:([^:]+)$/.exec(name);
        if (m) groups.push({ namespace: m[1], permission, binding });
      }
    });
  }
  return { bySa, groups };
}
function describeGroupGrant(g) {
  const who = g.namespace === null ? "every service account" : `every service account in namespace ${g.namespace}`;
  return `${g.binding} grants ${g.permission} to ${who}`;
}
var k8sRoleBindings = {
  name: NAME15,
  description: "Kubernetes RBAC bindings: `kubectl get rolebindings,clusterrolebindings -A -o json`",
  markers: ["`kind: List` (or RoleBindingList/ClusterRoleBindingList) whose items are all RoleBinding/ClusterRoleBinding"],
  sniff(input) {
    const kinds = input.docs ? itemKinds(input.docs.map((d) => d.value)) : null;
    if (!kinds || kinds.length === 0) return 0;
    return kinds.every((k) => BINDING_KINDS.includes(k)) ? 0.95 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs(input, EXPECTED13);
    const items = k8sItems(docs, input.file, EXPECTED13);
    const truncated = truncatedLists(docs);
    const { bySa, groups } = bindingGrants(items);
    const assets = [...bySa.values()].map((g) => ({
      kind: "ServiceAccount",
      id: saKey(g.namespace, g.name),
      identifiers: saIdentifiers(g.namespace, g.name),
      name: g.name,
      permissions: [...g.permissions].sort(),
      evidence: evidenceOf(g.at),
      attributes: { namespace: g.namespace, bindings: [...g.bindings].sort() }
    }));
    const warnings = groups.map(
      (g) => `${describeGroupGrant(g)}; read it together with the account list (kubectl get serviceaccounts,rolebindings,clusterrolebindings -A -o json) to attribute it`
    );
    const skipped = items.filter((i) => i.kind === SERVICE_ACCOUNT).length;
    if (skipped > 0) warnings.push(`${skipped} ServiceAccount item(s) ignored: the k8s-service-accounts format reads mixed lists`);
    const piece = { source: sourceOf(NAME15, options), complete: truncated.length === 0, covers: [], assets };
    if (truncated.length > 0) piece.incompleteReason = truncated.join("; ");
    if (warnings.length > 0) piece.warnings = warnings;
    return piece;
  }
};

// src/discover/adapters/k8s-service-accounts.ts
var NAME16 = "k8s-service-accounts";
var EXPECTED14 = "kubectl get serviceaccounts -A -o json output (kind: List of ServiceAccount items)";
var CLOUD_ANNOTATIONS = [
  ["eks.amazonaws.com/role-arn", "awsRoleArn"],
  ["iam.gke.io/gcp-service-account", "gcpServiceAccount"],
  ["azure.workload.identity/client-id", "azureClientId"]
];
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease"]);
var MAX_DANGLING_WARNINGS = 20;
function accountAsset2(item, grants) {
  const where2 = whereOf(item.at);
  const meta = item.value.metadata;
  const name = requireString(meta, "name", where2);
  const namespace = requireString(meta, "namespace", where2);
  const uid = str(meta.uid);
  const labels = mapPairs(meta.labels);
  const annotations = mapPairs(meta.annotations);
  const attributes2 = { namespace };
  if (uid) attributes2.uid = uid;
  const managedBy = str(obj(meta.labels)?.["app.kubernetes.io/managed-by"]);
  if (managedBy) attributes2.managedBy = managedBy;
  for (const [annotation2, attribute] of CLOUD_ANNOTATIONS) {
    const v = str(obj(meta.annotations)?.[annotation2]);
    if (v) attributes2[attribute] = v;
  }
  const automount = bool(item.value.automountServiceAccountToken);
  if (automount !== void 0) attributes2.automountServiceAccountToken = automount;
  if (name === "default" || SYSTEM_NAMESPACES.has(namespace)) attributes2.builtin = true;
  const asset = {
    kind: "ServiceAccount",
    id: saKey(namespace, name),
    identifiers: ids(...saIdentifiers(namespace, name), uid),
    name,
    active: true,
    createdAt: time(meta.creationTimestamp, where2, "metadata.creationTimestamp"),
    evidence: evidenceOf(item.at),
    attributes: attributes2
  };
  const owners = ownerHintsFrom([...labels, ...annotations]);
  if (owners.length > 0) asset.ownerHints = owners;
  const environment = environmentFrom(labels);
  if (environment) asset.environment = environment;
  if (grants) {
    const own = grants.bySa.get(asset.id);
    const permissions = new Set(own?.permissions);
    const bindings = new Set(own?.bindings);
    for (const g of grants.groups) {
      if (g.namespace === null || g.namespace === namespace) {
        permissions.add(g.permission);
        bindings.add(g.binding);
      }
    }
    asset.permissions = [...permissions].sort();
    attributes2.bindings = [...bindings].sort();
  }
  return asset;
}
var k8sServiceAccounts = {
  name: NAME16,
  description: "Kubernetes service accounts: `kubectl get serviceaccounts -A -o json`, or with bindings: `kubectl get serviceaccounts,rolebindings,clusterrolebindings -A -o json`",
  markers: ["`kind: List` (or ServiceAccountList) with ServiceAccount items, optionally mixed with RoleBinding/ClusterRoleBinding"],
  sniff(input) {
    const kinds = input.docs ? itemKinds(input.docs.map((d) => d.value)) : null;
    return kinds && kinds.includes(SERVICE_ACCOUNT) ? 1 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs(input, EXPECTED14);
    const items = k8sItems(docs, input.file, EXPECTED14);
    const hasBindings = items.some((i) => BINDING_KINDS.includes(i.kind));
    const grants = hasBindings ? bindingGrants(items) : null;
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const item of items) {
      if (item.kind !== SERVICE_ACCOUNT) continue;
      const asset = accountAsset2(item, grants);
      if (seen.has(asset.id)) continue;
      seen.add(asset.id);
      assets.push(asset);
    }
    const warnings = [];
    if (grants) {
      const dangling = [...grants.bySa.keys()].filter((k) => !seen.has(k)).sort();
      for (const key2 of dangling.slice(0, MAX_DANGLING_WARNINGS)) {
        const g = grants.bySa.get(key2);
        warnings.push(`${[...g.bindings].sort().join(", ")} name(s) service account ${key2}, which is not in the list (dangling subject)`);
      }
      if (dangling.length > MAX_DANGLING_WARNINGS) {
        warnings.push(`… and ${dangling.length - MAX_DANGLING_WARNINGS} more dangling service account subject(s)`);
      }
    }
    const truncated = truncatedLists(docs);
    const piece = {
      source: sourceOf(NAME16, options),
      complete: truncated.length === 0,
      covers: ["ServiceAccount"],
      assets
    };
    if (truncated.length > 0) piece.incompleteReason = truncated.join("; ");
    if (warnings.length > 0) piece.warnings = warnings;
    return piece;
  }
};

// src/discover/adapters/group-cloud.ts
var CLOUD_ADAPTERS = [
  awsCredentialReport,
  awsAccessKeys,
  awsAuthorizationDetails,
  gcpServiceAccounts,
  gcpServiceAccountKeys,
  gcpActivity,
  k8sServiceAccounts,
  k8sRoleBindings,
  azureServicePrincipals,
  githubActionsSecrets,
  ghSecretList,
  githubDeployKeys,
  githubAppInstallations,
  githubPats,
  githubOrgMembers,
  githubWorkflowsAdapter
];

// src/discover/adapters/ml-shared.ts
function sourceFor(type, options, scope) {
  const source3 = { type };
  if (options.sourceName) source3.name = options.sourceName;
  const s = options.scope ?? scope;
  if (s) source3.scope = s;
  return source3;
}
function jsonDocs2(input, format) {
  if (input.docs) return input.docs;
  if (!looksLikeJson(input.text)) {
    if (input.text.trim() === "") return [];
    throw new InputError(`not JSON; a ${format} export is JSON`, { file: input.file, line: 1 });
  }
  return parseJsonDocuments(input.text, input.file);
}
function head(input, n = 4096) {
  return input.text.length > n ? input.text.slice(0, n) : input.text;
}
function pagesOf2(docs) {
  const pages = [];
  docs.forEach((doc, d) => {
    if (Array.isArray(doc.value)) {
      doc.value.forEach((v, i) => pages.push({ value: v, line: doc.line, label: `document ${d + 1}[${i}]` }));
    } else pages.push({ value: doc.value, line: doc.line, label: `document ${d + 1}` });
  });
  return pages;
}
function pageObject(page, file, what) {
  if (!isObject(page.value)) throw new InputError(`${page.label}: expected ${what}`, { file, line: page.line });
  return page.value;
}
function num(v, where2, field) {
  if (v === void 0 || v === null || v === "") return void 0;
  const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
  if (Number.isFinite(n)) return n;
  const rec = where2.record ? ` in ${where2.record}` : "";
  throw new InputError(`field ${field}${rec}: expected a number, found ${JSON.stringify(v)}`, {
    file: where2.file,
    line: where2.line
  });
}
function list(v, where2, field) {
  if (v === void 0 || v === null) return [];
  if (Array.isArray(v)) return v;
  const rec = where2.record ? ` in ${where2.record}` : "";
  throw new InputError(`field ${field}${rec}: expected a list`, { file: where2.file, line: where2.line });
}
function objField(v, where2, field) {
  if (v === void 0 || v === null) return void 0;
  if (isObject(v)) return v;
  const rec = where2.record ? ` in ${where2.record}` : "";
  throw new InputError(`field ${field}${rec}: expected an object`, { file: where2.file, line: where2.line });
}
function literalClaim(id) {
  const escaped = id.replace(/[\\*?]/g, "\\$&");
  return escaped.startsWith("re:") ? `re\\:${escaped.slice(3)}` : escaped;
}
function sortedUnique(values) {
  const set = /* @__PURE__ */ new Set();
  for (const v of values) if (v) set.add(v);
  return [...set].sort();
}
function pairs(map) {
  if (!map) return [];
  return Object.keys(map).sort().map((k) => `${k}=${str(map[k]) ?? JSON.stringify(map[k])}`);
}
var IdAllocator = class {
  seen = /* @__PURE__ */ new Map();
  next(id) {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  }
};
function arrayItemLines(text2, key2) {
  const out = [];
  let current = [];
  let line = 1;
  let depth = 0;
  let targetDepth = -1;
  let expectItem = false;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === targetDepth && expectItem && c !== 93 && c !== 44) {
      current.push(line);
      expectItem = false;
    }
    if (c === 34) {
      for (i++; i < n; i++) {
        const s = text2.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
        else if (s === 10) line++;
      }
      continue;
    }
    if (c === 123 || c === 91) {
      depth++;
      if (c === 91 && targetDepth < 0) {
        if (depth === 1 && key2 === void 0) targetDepth = 1;
        else if (depth === 2 && key2 !== void 0 && keyBefore(text2, i) === key2) targetDepth = 2;
        if (targetDepth === depth) expectItem = true;
      }
    } else if (c === 125 || c === 93) {
      if (depth === targetDepth) {
        targetDepth = -2;
        expectItem = false;
      }
      depth--;
      if (depth === 0) {
        out.push(current);
        current = [];
        targetDepth = -1;
      }
    } else if (c === 44 && depth === targetDepth) expectItem = true;
  }
  return out;
}
function keyBefore(text2, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text2[j])) j--;
  if (text2[j] !== ":") return void 0;
  j--;
  while (j >= 0 && /\s/.test(text2[j])) j--;
  if (text2[j] !== '"') return void 0;
  const end = j;
  j--;
  while (j >= 0 && !(text2[j] === '"' && text2[j - 1] !== "\\")) j--;
  return j < 0 ? void 0 : text2.slice(j + 1, end);
}

// src/discover/adapters/a2a-card.ts
var NAME17 = "a2a-card";
function isCard(v) {
  return isObject(v) && typeof v.name === "string" && Array.isArray(v.skills) && ("protocolVersion" in v || "supportedInterfaces" in v || "url" in v || "capabilities" in v || "defaultInputModes" in v);
}
function toAsset(card, where2, index) {
  const name = requireString(card, "name", where2);
  const interfaces = list(card.supportedInterfaces, where2, "supportedInterfaces").filter(isObject);
  const additional = list(card.additionalInterfaces, where2, "additionalInterfaces").filter(isObject);
  const urls = ids(str(card.url), ...interfaces.map((i) => str(i.url)), ...additional.map((i) => str(i.url)));
  const primary = str(card.url) ?? urls[0];
  const tools = list(card.skills, where2, "skills").map((s, i) => {
    const sw = { ...where2, record: `${where2.record} skills[${i}]` };
    if (!isObject(s)) throw new InputError(`${sw.record} is not an object`, sw);
    const id = str(s.id) || str(s.name);
    if (!id) throw new InputError(`${sw.record}: a skill needs an id (or a name)`, sw);
    return id;
  });
  const provider = objField(card.provider, where2, "provider");
  const capabilities = objField(card.capabilities, where2, "capabilities");
  const schemes = objField(card.securitySchemes, where2, "securitySchemes");
  const attributes2 = {
    protocolVersions: sortedUnique([str(card.protocolVersion), ...interfaces.map((i) => str(i.protocolVersion))]),
    transports: sortedUnique([
      str(card.preferredTransport),
      ...additional.map((i) => str(i.transport)),
      ...interfaces.map((i) => str(i.protocolBinding) ?? str(i.transport))
    ]),
    securitySchemes: schemes ? Object.keys(schemes).sort() : [],
    skillNames: list(card.skills, where2, "skills").filter(isObject).map((s) => str(s.name) ?? "")
  };
  if (capabilities) {
    for (const k of ["streaming", "pushNotifications", "extendedAgentCard"]) {
      const b = bool(capabilities[k]);
      if (b !== void 0) attributes2[k] = b;
    }
  }
  const extended = bool(card.supportsAuthenticatedExtendedCard);
  if (extended !== void 0 && attributes2.extendedAgentCard === void 0) attributes2.extendedAgentCard = extended;
  const providerUrl = str(provider?.url);
  if (providerUrl) attributes2.providerUrl = providerUrl;
  const docs = str(card.documentationUrl);
  if (docs) attributes2.documentationUrl = docs;
  const asset = {
    kind: "Agent",
    id: primary ?? name,
    identifiers: ids(...urls, name),
    name,
    tools: [...new Set(tools)].sort(),
    evidence: { file: where2.file, index, ...where2.line ? { line: where2.line } : {} },
    attributes: attributes2
  };
  const version = str(card.version);
  if (version) asset.version = version;
  const org = str(provider?.organization);
  if (org) asset.ownerHints = [org];
  return asset;
}
var a2aCardAdapter = {
  name: NAME17,
  description: "A2A AgentCard (v0.3 or v1.0) as served at /.well-known/agent-card.json (e.g. `curl -s https://host/.well-known/agent-card.json`)",
  markers: ["object with name, skills[] and protocolVersion / url / supportedInterfaces / capabilities"],
  sniff(input) {
    if (!input.docs) return 0;
    const v = input.docs[0]?.value;
    return isCard(Array.isArray(v) ? v[0] : v) ? 0.9 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "A2A AgentCard");
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    for (const page of pagesOf2(docs)) {
      const where2 = { file: input.file, line: page.line, record: page.label };
      if (!isObject(page.value)) throw new InputError(`${page.label}: expected an AgentCard object`, where2);
      if (!Array.isArray(page.value.skills)) throw new InputError(`${page.label}: an AgentCard needs a skills list`, where2);
      const asset = toAsset(page.value, where2, assets.length);
      if (seen.has(asset.id)) throw new InputError(`${page.label}: card ${asset.id} appears twice`, where2);
      seen.add(asset.id);
      assets.push(asset);
    }
    return {
      source: sourceFor(NAME17, options),
      complete: true,
      covers: ["Agent"],
      claims: sortedUnique(assets.flatMap((a) => a.identifiers)).map(literalClaim),
      assets
    };
  }
};

// src/discover/adapters/cloudwatch.ts
var NAME18 = "cloudwatch";
var TrafficTally = class {
  byEndpoint = /* @__PURE__ */ new Map();
  collectedAt = null;
  entry(endpoint, line, variant) {
    let t = this.byEndpoint.get(endpoint);
    if (!t) {
      t = { count: 0, lastAt: null, first: null, last: null, start: null, end: null, variants: /* @__PURE__ */ new Set(), index: this.byEndpoint.size, line };
      this.byEndpoint.set(endpoint, t);
    }
    if (variant) t.variants.add(variant);
    return t;
  }
  point(t, at, value) {
    if (at === null) return;
    t.count += value;
    if (value > 0) t.lastAt = latest(t.lastAt, at);
    t.first = earliest(t.first, at);
    t.last = latest(t.last, at);
    this.collectedAt = latest(this.collectedAt, at);
  }
  window(t, o, where2) {
    t.start = earliest(t.start, time(o.StartTime, where2, "StartTime"));
    t.end = latest(t.end, time(o.EndTime, where2, "EndTime"));
  }
};
function readMetricData(o, where2, label0, tally, notes) {
  list(o.MetricDataResults, where2, "MetricDataResults").forEach((r, i) => {
    const rw = { ...where2, record: `${label0} MetricDataResults[${i}]` };
    if (!isObject(r)) throw new InputError(`${rw.record} is not an object`, rw);
    const label = str(r.Label)?.trim() || requireString(r, "Id", rw);
    if (label === "Invocations") {
      throw new InputError(
        `${rw.record}: Label "Invocations" does not name an endpoint; set each query's Label to the endpoint name, e.g. \${PROP('Dim.EndpointName')}`,
        rw
      );
    }
    const status = str(r.StatusCode) ?? "Complete";
    if (status === "InternalError" || status === "Forbidden") {
      notes.warnings.push(`${rw.record} (${label}): StatusCode ${status}; its traffic is unknown and was dropped`);
      notes.incomplete.push(`${label}: ${status}`);
      return;
    }
    if (status === "PartialData") notes.incomplete.push(`${label}: PartialData (more datapoints behind NextToken)`);
    const { endpoint, variant } = splitLabel(label);
    const t = tally.entry(endpoint, where2.line, variant);
    tally.window(t, o, where2);
    const stamps = list(r.Timestamps, rw, "Timestamps");
    const values = list(r.Values, rw, "Values");
    if (stamps.length !== values.length) {
      throw new InputError(`${rw.record}: ${stamps.length} Timestamps but ${values.length} Values`, rw);
    }
    stamps.forEach((ts, k) => tally.point(t, time(ts, rw, `Timestamps[${k}]`), num(values[k], rw, `Values[${k}]`) ?? 0));
  });
  if (str(o.NextToken)) notes.incomplete.push("get-metric-data returned a NextToken");
  list(o.Messages, where2, "Messages").forEach((m) => {
    if (isObject(m)) notes.warnings.push(`CloudWatch: ${str(m.Code) ?? ""} ${str(m.Value) ?? ""}`.trim());
  });
}
function readStatistics(o, where2, label0, tally) {
  const endpoint = str(o.EndpointName);
  if (!endpoint) {
    throw new InputError(
      `${label0}: get-metric-statistics output does not name its endpoint; wrap it as {"EndpointName": "<name>", ...response}`,
      where2
    );
  }
  const label = str(o.Label);
  if (label && label !== "Invocations") throw new InputError(`${label0}: metric ${JSON.stringify(label)}; expected Invocations`, where2);
  const t = tally.entry(endpoint, where2.line, str(o.VariantName));
  tally.window(t, o, where2);
  list(o.Datapoints, where2, "Datapoints").forEach((dp, k) => {
    const dw = { ...where2, record: `${label0} Datapoints[${k}]` };
    if (!isObject(dp)) throw new InputError(`${dw.record} is not an object`, dw);
    const sum = num(dp.Sum, dw, "Sum");
    if (sum === void 0) throw new InputError(`${dw.record}: no Sum; request --statistics Sum`, dw);
    tally.point(t, time(dp.Timestamp, dw, "Timestamp"), sum);
  });
}
function isMetricData(v) {
  return isObject(v) && Array.isArray(v.MetricDataResults);
}
function isMetricStatistics(v) {
  return isObject(v) && Array.isArray(v.Datapoints);
}
function earliest(a, b) {
  return a === null ? b : b === null ? a : a < b ? a : b;
}
function splitLabel(label) {
  const parts = label.trim().split(/[/\s]+/);
  return parts.length > 1 ? { endpoint: parts[0], variant: parts[1] } : { endpoint: parts[0] };
}
var cloudwatchAdapter = {
  name: NAME18,
  description: 'SageMaker Invocations from CloudWatch: `aws cloudwatch get-metric-data` (Label = endpoint name) or `get-metric-statistics --statistics Sum` wrapped as {"EndpointName": …, …response}',
  markers: ["MetricDataResults[] with Label/Timestamps/Values", "Datapoints[] with Sum (wrapped with EndpointName)"],
  sniff(input) {
    if (input.docs) {
      const v0 = input.docs[0]?.value;
      const v = Array.isArray(v0) ? v0[0] : v0;
      if (isMetricData(v)) return 0.95;
      if (isMetricStatistics(v)) return 0.9;
      return 0;
    }
    const h = head(input);
    return h.includes('"MetricDataResults"') || h.includes('"Datapoints"') ? 0.5 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "CloudWatch");
    const tally = new TrafficTally();
    const notes = { warnings: [], incomplete: [] };
    for (const page of pagesOf2(docs)) {
      const where2 = { file: input.file, line: page.line, record: page.label };
      if (isMetricData(page.value)) readMetricData(page.value, where2, page.label, tally, notes);
      else if (isMetricStatistics(page.value)) readStatistics(page.value, where2, page.label, tally);
      else throw new InputError(`${page.label}: not a CloudWatch get-metric-data or get-metric-statistics response`, where2);
    }
    const assets = [...tally.byEndpoint].map(([name, t]) => {
      const asset = {
        kind: "ModelEndpoint",
        id: name,
        identifiers: [name],
        name,
        traffic: {
          window: { start: t.start ?? t.first, end: t.end ?? t.last },
          count: t.count,
          lastAt: t.lastAt
        },
        evidence: { file: input.file, index: t.index, line: t.line }
      };
      if (t.lastAt) asset.lastActivityAt = t.lastAt;
      if (t.variants.size) asset.attributes = { variants: [...t.variants].sort() };
      return asset;
    });
    const piece = {
      source: sourceFor(NAME18, options),
      complete: notes.incomplete.length === 0,
      covers: [],
      assets
    };
    if (tally.collectedAt) {
      piece.collectedAt = tally.collectedAt;
      piece.collectedAtFrom = "data";
    }
    if (notes.incomplete.length) piece.incompleteReason = notes.incomplete.join("; ");
    if (notes.warnings.length) piece.warnings = notes.warnings;
    return piece;
  }
};

// src/discover/adapters/datadog-monitors.ts
var NAME19 = "datadog-monitors";
function isMonitor(v) {
  return isObject(v) && typeof v.id === "number" && typeof v.type === "string" && "query" in v && ("overall_state" in v || "options" in v || "message" in v);
}
function toAsset2(m, where2, index) {
  const id = requireString(m, "id", where2);
  const name = str(m.name) ?? "";
  const query = str(m.query) ?? "";
  const tags = list(m.tags, where2, "tags").map((t) => str(t)).filter((t) => !!t);
  const options = objField(m.options, where2, "options");
  const silenced = objField(options?.silenced, where2, "options.silenced") ?? {};
  const silencedUntil = Object.keys(silenced).sort().map((scope) => {
    const end = time(silenced[scope], where2, `options.silenced.${scope}`);
    return `${scope}=${end ?? "never"}`;
  });
  const downtimes = list(m.matching_downtimes, where2, "matching_downtimes").filter(
    (d) => isObject(d) && bool(d.active) !== false
  );
  const deleted = time(m.deleted, where2, "deleted");
  const attributes2 = {
    system: "datadog",
    type: str(m.type) ?? "",
    query,
    tags,
    references: [query, name, ...tags]
  };
  const state = str(m.overall_state);
  if (state) attributes2.overallState = state;
  if (silencedUntil.length) attributes2.silencedUntil = silencedUntil;
  if (downtimes.length) attributes2.activeDowntimes = downtimes.length;
  if (deleted) attributes2.deletedAt = deleted;
  const modified = time(m.modified, where2, "modified");
  if (modified) attributes2.modifiedAt = modified;
  const creator = objField(m.creator, where2, "creator");
  const creatorId = str(creator?.email) ?? str(creator?.handle);
  if (creatorId) attributes2.creator = creatorId;
  const priority = str(m.priority);
  if (priority) attributes2.priority = priority;
  const asset = {
    kind: "Monitor",
    id,
    identifiers: name && name !== id ? [id, name] : [id],
    active: silencedUntil.length === 0 && downtimes.length === 0 && !deleted,
    evidence: { file: where2.file, index, ...where2.line ? { line: where2.line } : {} },
    attributes: attributes2
  };
  if (name) asset.name = name;
  const created = time(m.created, where2, "created");
  if (created) asset.createdAt = created;
  const owners = sortedUnique(
    tags.filter((t) => t.startsWith("owner:") || t.startsWith("team:")).map((t) => t.slice(t.indexOf(":") + 1))
  );
  if (owners.length) asset.ownerHints = owners;
  return asset;
}
var datadogMonitorsAdapter = {
  name: NAME19,
  description: 'Datadog monitors: `GET /api/v1/monitor` (e.g. `curl -H "DD-API-KEY: …" -H "DD-APPLICATION-KEY: …" https://api.datadoghq.com/api/v1/monitor?with_downtimes=true`)',
  markers: ["JSON array of monitors with numeric id, type, query, options/overall_state"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return Array.isArray(v) && v.length > 0 && isMonitor(v[0]) ? 0.9 : 0;
    }
    const h = head(input);
    return /^\s*\[/.test(h) && h.includes('"overall_state"') && h.includes('"query"') ? 0.4 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "Datadog");
    const lines = arrayItemLines(input.text);
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    docs.forEach((doc, d) => {
      if (!Array.isArray(doc.value)) {
        throw new InputError("GET /api/v1/monitor returns a JSON array of monitors", { file: input.file, line: doc.line });
      }
      doc.value.forEach((m, i) => {
        const where2 = { file: input.file, line: lines[d]?.[i] ?? doc.line, record: `monitor [${i}]` };
        if (!isObject(m)) throw new InputError(`${where2.record} is not an object`, where2);
        const asset = toAsset2(m, where2, assets.length);
        if (seen.has(asset.id)) return;
        seen.add(asset.id);
        assets.push(asset);
      });
    });
    return { source: sourceFor(NAME19, options), complete: true, covers: ["Monitor"], assets };
  }
};

// src/util/hash.ts
import { createHash as createHash2, createHmac } from "node:crypto";
function sha256Hex(text2) {
  return createHash2("sha256").update(text2, "utf8").digest("hex");
}
function secretFingerprint(secret, key2) {
  return "hmac-sha256:" + createHmac("sha256", key2).update(secret, "utf8").digest("hex");
}

// src/discover/secrets.ts
var AWS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}/g;
function awsKeyIds(...texts) {
  const out = [];
  for (const text2 of texts) {
    if (!text2) continue;
    for (const m of text2.matchAll(AWS_KEY_ID)) if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}
function isMaskedSecret(value) {
  return value === "REDACTED" || value.endsWith("...") || /^\*+$/.test(value);
}
function fingerprintSecret(value, hmacKey) {
  if (!hmacKey || !value || isMaskedSecret(value)) return void 0;
  return secretFingerprint(value, hmacKey);
}

// src/discover/adapters/gitleaks.ts
var NAME20 = "gitleaks";
function isFinding(v) {
  return isObject(v) && typeof v.RuleID === "string" && ("Fingerprint" in v || "StartLine" in v || "Secret" in v);
}
function findingDate(v, where2, warnings) {
  try {
    return time(v, where2, "Date");
  } catch {
    const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(String(v).trim());
    if (m) {
      const ms = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
      const d = new Date(ms);
      if (d.getUTCMonth() === Number(m[1]) - 1 && d.getUTCDate() === Number(m[2])) return d.toISOString();
    }
    warnings.push(`${where2.record}: Date ${JSON.stringify(v)} is not a timestamp; treated as unknown`);
    return null;
  }
}
function toAsset3(f, index, where2, options, idAlloc, warnings) {
  const rule2 = requireString(f, "RuleID", where2);
  const file = str(f.File) ?? "";
  const commit = str(f.Commit) ?? "";
  const startLine = num(f.StartLine, where2, "StartLine");
  const secret = str(f.Secret);
  const match = str(f.Match);
  const fingerprint = str(f.Fingerprint) || [commit, file, rule2, startLine ?? ""].filter((p) => p !== "").join(":");
  const keyIds = awsKeyIds(secret, match);
  const hmac = fingerprintSecret(secret, options.hmacKey);
  const attributes2 = { rule: rule2, file };
  if (startLine !== void 0) attributes2.line = startLine;
  const endLine = num(f.EndLine, where2, "EndLine");
  if (endLine !== void 0) attributes2.endLine = endLine;
  const column = num(f.StartColumn, where2, "StartColumn");
  if (column !== void 0) attributes2.column = column;
  if (commit) attributes2.commit = commit;
  const optional = [
    ["description", f.Description],
    ["symlinkFile", f.SymlinkFile],
    ["link", f.Link],
    ["author", f.Author],
    ["email", f.Email]
  ];
  for (const [k, v] of optional) {
    const s = str(v);
    if (s) attributes2[k] = s;
  }
  const entropy = num(f.Entropy, where2, "Entropy");
  if (entropy !== void 0) attributes2.entropy = entropy;
  const tags = arr(f.Tags).map((t) => str(t)).filter((t) => !!t);
  if (tags.length) attributes2.tags = tags;
  attributes2.redacted = secret !== void 0 && isMaskedSecret(secret);
  const asset = {
    kind: "SecretFinding",
    id: idAlloc.next(fingerprint),
    identifiers: ids(fingerprint, ...keyIds, hmac),
    name: `${rule2} in ${file || "(stdin)"}${startLine !== void 0 ? `:${startLine}` : ""}`,
    evidence: { file: where2.file, index, ...where2.line !== void 0 ? { line: where2.line } : {} },
    attributes: attributes2
  };
  const date = findingDate(f.Date, where2, warnings);
  if (date) asset.createdAt = date;
  return asset;
}
var gitleaksAdapter = {
  name: NAME20,
  description: "gitleaks JSON report: `gitleaks git|dir <path> --report-format json --report-path report.json`",
  markers: ["JSON array of findings with RuleID, StartLine, Secret, Fingerprint"],
  sniff(input) {
    if (input.docs) {
      const first = input.docs[0]?.value;
      return Array.isArray(first) && first.length > 0 && isFinding(first[0]) ? 0.95 : 0;
    }
    const h = head(input);
    return /^\s*\[/.test(h) && h.includes('"RuleID"') && h.includes('"StartLine"') ? 0.5 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "gitleaks");
    const lines = arrayItemLines(input.text);
    const assets = [];
    const warnings = [];
    const idAlloc = new IdAllocator();
    docs.forEach((doc, d) => {
      if (!Array.isArray(doc.value)) {
        throw new InputError("a gitleaks report is a JSON array of findings", { file: input.file, line: doc.line });
      }
      doc.value.forEach((item, i) => {
        const where2 = { file: input.file, line: lines[d]?.[i] ?? doc.line, record: `finding [${i}]` };
        if (!isObject(item)) throw new InputError(`finding [${i}] is not an object`, where2);
        assets.push(toAsset3(item, assets.length, where2, options, idAlloc, warnings));
      });
    });
    const piece = {
      source: sourceFor(NAME20, options),
      complete: true,
      covers: ["SecretFinding"],
      assets
    };
    if (warnings.length) piece.warnings = warnings;
    return piece;
  }
};

// src/discover/adapters/mcp-config.ts
var NAME21 = "mcp-config";
function stripJsonc(text2) {
  const out = text2.split("");
  const n = text2.length;
  let lastSignificant = -1;
  for (let i = 0; i < n; i++) {
    const c = text2[i];
    if (c === '"') {
      for (i++; i < n && text2[i] !== '"'; i++) if (text2[i] === "\\") i++;
      lastSignificant = i;
    } else if (c === "/" && text2[i + 1] === "/") {
      for (; i < n && text2[i] !== "\n"; i++) out[i] = " ";
      i--;
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (text2[i] !== "\n") out[i] = " ";
      i--;
    } else if (c === "}" || c === "]") {
      if (lastSignificant >= 0 && out[lastSignificant] === ",") out[lastSignificant] = " ";
      lastSignificant = i;
    } else if (!/\s/.test(c)) lastSignificant = i;
  }
  return out.join("");
}
function parseConfig(input) {
  if (input.docs) {
    if (input.docs.length !== 1) {
      throw new InputError("an MCP config is one JSON object", { file: input.file, line: input.docs[1].line });
    }
    return input.docs[0].value;
  }
  const text2 = stripJsonc(input.text);
  try {
    return JSON.parse(text2);
  } catch {
    const { offset, reason } = jsonErrorOffset(text2);
    throw new InputError(`invalid JSON: ${reason || "malformed value"}`, { file: input.file, ...lineColumnAt(text2, Math.max(offset, 0)) });
  }
}
function serverMap(v) {
  if (!isObject(v)) return void 0;
  if ("mcpServers" in v) return { key: "mcpServers", servers: v.mcpServers };
  if (isObject(v.servers)) {
    const entries = Object.values(v.servers);
    if (entries.length === 0 || entries.some((e) => isObject(e) && ("command" in e || "url" in e))) {
      return { key: "servers", servers: v.servers };
    }
  }
  return void 0;
}
var REFERENCE = /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
var URI = /[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
function tokenLike(segment) {
  if (segment.length >= 32) return true;
  if (segment.length < 16) return false;
  const digits = /\d/.test(segment);
  const lower = /[a-z]/.test(segment);
  const upper = /[A-Z]/.test(segment);
  return digits && (lower || upper) || lower && upper;
}
function sanitizeUri(uri) {
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is.exec(uri.trim());
  if (!m) return void 0;
  const scheme = m[1].toLowerCase();
  let rest = m[2];
  const at = rest.lastIndexOf("@");
  if (at >= 0) {
    const slash = rest.search(/[/?#]/);
    if (slash < 0 || at < slash || rest.slice(0, at).includes(":")) rest = rest.slice(at + 1);
  }
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  if (/^(https?|wss?)$/.test(scheme)) {
    const slash = rest.indexOf("/");
    if (slash >= 0) {
      const path = rest.slice(slash).split("/").map((s) => tokenLike(s) && !s.startsWith("${") ? "{redacted}" : s).join("/");
      rest = rest.slice(0, slash) + path;
    }
  }
  return rest ? `${scheme}://${rest}` : void 0;
}
function isPathArg(a) {
  return /^(\/|~|\.{1,2}(\/|\\|$)|\$\{|[A-Za-z]:[\\/])/.test(a);
}
function stringMap(v, where2, field) {
  if (v === void 0 || v === null) return [];
  if (!isObject(v)) throw new InputError(`${field}: expected an object of name → string`, where2);
  return Object.entries(v).map(([k, val]) => {
    if (typeof val !== "string" && typeof val !== "number" && typeof val !== "boolean") {
      throw new InputError(`${field}.${k}: expected a string`, where2);
    }
    return [k, String(val)];
  });
}
function collectServer(name, s, where2, options, c, key2) {
  const field = `${key2}.${name}`;
  const command = str(s.command);
  const url = str(s.url);
  if (!command && !url) throw new InputError(`${field}: a server needs "command" (stdio) or "url" (http/sse)`, where2);
  if (s.args !== void 0 && (!Array.isArray(s.args) || s.args.some((a) => typeof a !== "string" && typeof a !== "number"))) {
    throw new InputError(`${field}.args: expected a list of strings`, where2);
  }
  const args = (Array.isArray(s.args) ? s.args : []).map(String);
  const env = stringMap(s.env, where2, `${field}.env`);
  const headers = stringMap(s.headers, where2, `${field}.headers`);
  c.envNames.push(...env.map(([k]) => k));
  c.headerNames.push(...headers.map(([k]) => k));
  for (const [k, v] of [...env, ...headers]) {
    const refs = v.match(REFERENCE) ?? [];
    c.refs.push(...refs);
    if (v.replace(REFERENCE, "").trim() === "") continue;
    c.literal.push(`${name}/${k}`);
    c.keyIds.push(...awsKeyIds(v));
    const fp = refs.length === 0 ? fingerprintSecret(v, options.hmacKey) : void 0;
    if (fp) c.fingerprints.push(fp);
  }
  const envFile = str(s.envFile);
  if (envFile) c.envFiles.push(envFile);
  if (bool(s.disabled) === true) {
    c.disabled.push(name);
    return;
  }
  c.servers.push(name);
  const transport = str(s.type) ?? (command ? "stdio" : "http");
  c.transports.push(`${name}=${transport}`);
  if (command) c.commands.push(`${name}=${command.trim().split(/\s+/)[0]}`);
  if (url) {
    const clean = sanitizeUri(url) ?? (/^\$\{[^}]+\}$/.test(url) ? url : void 0);
    if (clean) c.endpoints.push(`${name}=${clean}`);
  }
  let filesystem = false;
  for (const a of [command ?? "", ...args]) {
    for (const u of a.match(URI) ?? []) {
      const clean = sanitizeUri(u);
      if (clean) c.dataSources.push(clean);
    }
    if (filesystem && !a.startsWith("-") && isPathArg(a)) c.dataSources.push(a);
    if (/(^|[/@_-])(server-)?filesystem\b/.test(a)) filesystem = true;
  }
}
var mcpConfigAdapter = {
  name: NAME21,
  description: 'MCP client config: Claude Desktop claude_desktop_config.json, Claude Code / Cursor / Copilot .mcp.json ({"mcpServers"}), VS Code .vscode/mcp.json ({"servers", "inputs"})',
  markers: ["top-level mcpServers object", "top-level servers object whose entries have command or url"],
  sniff(input) {
    let v;
    if (input.docs) v = input.docs[0]?.value;
    else if (/"(mcpServers|servers)"/.test(input.text.slice(0, 65536))) {
      try {
        v = JSON.parse(stripJsonc(input.text));
      } catch {
        return input.text.includes('"mcpServers"') ? 0.4 : 0;
      }
    }
    const m = serverMap(v);
    if (!m) return 0;
    return m.key === "mcpServers" ? 0.95 : 0.9;
  },
  parse(input, options) {
    const config = parseConfig(input);
    const where2 = { file: input.file, line: 1 };
    const m = serverMap(config);
    if (!m) throw new InputError('not an MCP config: expected a top-level "mcpServers" or "servers" object', where2);
    if (!isObject(m.servers)) throw new InputError(`${m.key}: expected an object of server name → settings`, where2);
    const c = {
      servers: [],
      disabled: [],
      transports: [],
      commands: [],
      dataSources: [],
      endpoints: [],
      envNames: [],
      headerNames: [],
      refs: [],
      literal: [],
      envFiles: [],
      fingerprints: [],
      keyIds: []
    };
    for (const [name, s] of Object.entries(m.servers)) {
      if (!isObject(s)) throw new InputError(`${m.key}.${name}: expected an object`, where2);
      collectServer(name, s, where2, options, c, m.key);
    }
    const inputs = isObject(config) && Array.isArray(config.inputs) ? config.inputs.filter(isObject) : [];
    const passwordInputs = inputs.filter((i) => bool(i.password) === true).map((i) => str(i.id));
    const attributes2 = {
      transports: c.transports.sort(),
      credentialEnv: sortedUnique(c.envNames),
      headerNames: sortedUnique(c.headerNames),
      credentialRefs: sortedUnique(c.refs),
      inlineValues: sortedUnique(c.literal)
    };
    if (c.commands.length) attributes2.commands = c.commands.sort();
    if (c.endpoints.length) attributes2.endpoints = c.endpoints.sort();
    if (c.disabled.length) attributes2.disabledServers = c.disabled.sort();
    if (c.envFiles.length) attributes2.envFiles = sortedUnique(c.envFiles);
    if (passwordInputs.length) attributes2.passwordInputs = sortedUnique(passwordInputs);
    if (c.fingerprints.length) attributes2.secretFingerprints = sortedUnique(c.fingerprints);
    if (c.keyIds.length) attributes2.awsKeyIds = sortedUnique(c.keyIds);
    const asset = {
      kind: "Agent",
      id: input.file,
      identifiers: ids(input.file, options.sourceName),
      active: c.servers.length > 0,
      mcpServers: c.servers.sort(),
      dataSources: sortedUnique(c.dataSources),
      evidence: { file: input.file, index: 0, line: 1 },
      attributes: attributes2
    };
    if (options.sourceName) asset.name = options.sourceName;
    return {
      source: sourceFor(NAME21, options, input.file),
      complete: true,
      covers: ["Agent"],
      claims: asset.identifiers.map(literalClaim),
      assets: [asset]
    };
  }
};

// src/discover/adapters/mcp-tools.ts
var NAME22 = "mcp-tools";
function resultOf(v) {
  if (!isObject(v)) return void 0;
  if (Array.isArray(v.tools)) return v;
  if (isObject(v.result)) return resultOf(v.result);
  return void 0;
}
function isToolsPage(v) {
  const r = resultOf(v);
  if (!r) return false;
  const first = r.tools[0];
  if (first === void 0) return isObject(v) && ("server" in v || "jsonrpc" in v || "nextCursor" in r);
  return isObject(first) && typeof first.name === "string" && ("inputSchema" in first || "annotations" in first);
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObject(v)) {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}
var mcpToolsAdapter = {
  name: NAME22,
  description: 'MCP tools/list results: `{"tools": [...], "nextCursor"?}`, its JSON-RPC response, or {"server": NAME, "result": …}',
  markers: ["tools[] whose items have name + inputSchema", "JSON-RPC result.tools", "server + result wrapper"],
  sniff(input) {
    if (!input.docs) return 0;
    const v = input.docs[0]?.value;
    const page = Array.isArray(v) ? v[0] : v;
    if (!isToolsPage(page)) return 0;
    return isObject(page) && typeof page.server === "string" ? 0.95 : 0.9;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "MCP tools/list");
    const servers = /* @__PURE__ */ new Map();
    const warnings = [];
    for (const page of pagesOf2(docs)) {
      const where2 = { file: input.file, line: page.line, record: page.label };
      const v = page.value;
      if (!isObject(v)) throw new InputError(`${page.label}: expected a tools/list result object`, where2);
      const rpc = isObject(v.result) ? v.result : v;
      const error = objField(isObject(rpc) && rpc.error || v.error, where2, "error");
      if (error) throw new InputError(`${page.label}: tools/list failed: ${str(error.message) ?? JSON.stringify(error)}`, where2);
      const result = resultOf(v);
      if (!result) throw new InputError(`${page.label}: no "tools" list (expected a tools/list result)`, where2);
      const server = str(v.server) || options.serverName;
      if (!server) {
        throw new InputError(
          `${page.label}: tools/list results do not name their server; wrap them as {"server": "<name>", "result": …} or pass the server name`,
          where2
        );
      }
      let entry = servers.get(server);
      if (!entry) {
        entry = { tools: /* @__PURE__ */ new Map(), index: servers.size, line: page.line };
        servers.set(server, entry);
      }
      list(result.tools, where2, "tools").forEach((t, i) => {
        const tw = { ...where2, record: `${page.label} tools[${i}]` };
        if (!isObject(t)) throw new InputError(`${tw.record} is not an object`, tw);
        const name = requireString(t, "name", tw);
        if (entry.tools.has(name)) warnings.push(`server ${server}: tool ${name} is listed twice`);
        entry.tools.set(name, t);
      });
      entry.cursor = str(result.nextCursor) || void 0;
    }
    const assets = [...servers].map(([server, s]) => {
      const names = [...s.tools.keys()].sort();
      const hint = (t, k) => bool(objField(t.annotations, { file: input.file }, "annotations")?.[k]);
      const pick = (test) => names.filter((n) => test(s.tools.get(n)));
      const digest = sha256Hex(canonical(names.map((n) => [n, s.tools.get(n).inputSchema ?? null])));
      return {
        kind: "Agent",
        id: `mcp:${server}`,
        identifiers: [`mcp:${server}`],
        name: server,
        mcpServers: [server],
        tools: names,
        evidence: { file: input.file, index: s.index, line: s.line },
        attributes: {
          readOnlyTools: pick((t) => hint(t, "readOnlyHint") === true),
          destructiveTools: pick((t) => hint(t, "readOnlyHint") !== true && hint(t, "destructiveHint") === true),
          openWorldTools: pick((t) => hint(t, "openWorldHint") === true),
          unannotatedTools: pick((t) => hint(t, "readOnlyHint") === void 0 && hint(t, "destructiveHint") === void 0),
          toolsetDigest: `sha256:${digest}`
        }
      };
    });
    const truncated = [...servers].filter(([, s]) => s.cursor).map(([n]) => n);
    const piece = { source: sourceFor(NAME22, options), complete: truncated.length === 0, covers: [], assets };
    if (truncated.length) piece.incompleteReason = `tools/list has a nextCursor (more tools) for: ${truncated.join(", ")}`;
    if (warnings.length) piece.warnings = warnings;
    return piece;
  }
};

// src/discover/adapters/mlflow-common.ts
function readTags(v, where2, field) {
  const tags = /* @__PURE__ */ new Map();
  list(v, where2, field).forEach((t) => {
    if (isObject(t)) {
      const k = str(t.key);
      if (k) tags.set(k, str(t.value) ?? "");
    }
  });
  return tags;
}
function readVersion(v, where2) {
  const info = {
    version: requireString(v, "version", where2),
    aliases: list(v.aliases, where2, "aliases").map((a) => str(a)).filter((a) => !!a),
    tags: readTags(v.tags, where2, "tags"),
    createdAt: time(v.creation_timestamp, where2, "creation_timestamp"),
    updatedAt: time(v.last_updated_timestamp, where2, "last_updated_timestamp")
  };
  const stage = str(v.current_stage);
  if (stage) info.stage = stage;
  const status = str(v.status);
  if (status) info.status = status;
  const user = str(v.user_id);
  if (user) info.userId = user;
  return info;
}
function compareVersions(a, b) {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
var CHAMPION_ALIASES = ["champion", "production", "prod"];
function modelAsset(m) {
  const versions = [...m.versions].sort((a, b) => compareVersions(a.version, b.version));
  const aliases = new Map(m.aliases);
  for (const v of versions) for (const a of v.aliases) aliases.set(a, v.version);
  const asset = {
    kind: "Model",
    id: m.name,
    identifiers: [m.name, `mlflow:${m.name}`],
    name: m.name
  };
  const live = versions.some((v) => (v.status ?? "READY") === "READY" && v.stage !== "Archived");
  if (m.versionsListed || aliases.size === 0) asset.active = live;
  const byAlias = new Map([...aliases].map(([k, v]) => [k.toLowerCase(), v]));
  const champion = CHAMPION_ALIASES.map((a) => byAlias.get(a)).find((v) => v !== void 0);
  const production = versions.filter((v) => v.stage === "Production" && (v.status ?? "READY") === "READY").pop();
  const current = champion ?? production?.version;
  if (current) asset.version = current;
  if (m.createdAt) asset.createdAt = m.createdAt;
  const activity = latest(m.updatedAt, ...versions.map((v) => v.updatedAt), ...versions.map((v) => v.createdAt));
  if (activity) asset.lastActivityAt = activity;
  const owners = sortedUnique([m.tags.get("owner"), m.tags.get("team")]);
  if (owners.length) asset.ownerHints = owners;
  const env = m.tags.get("environment") ?? m.tags.get("env");
  if (env) asset.environment = env;
  const attributes2 = {
    versions: versions.map((v) => v.version),
    stages: versions.filter((v) => v.stage && v.stage !== "None").map((v) => `${v.version}=${v.stage}`),
    aliases: [...aliases].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([a, v]) => `${a}=${v}`),
    tags: [...m.tags].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${k}=${v}`)
  };
  const allArchived = versions.length > 0 && versions.every((v) => v.stage === "Archived");
  const lifecycle = m.tags.get("lifecycle") ?? m.tags.get("status") ?? (allArchived ? "archived" : void 0);
  if (lifecycle) attributes2.lifecycle = lifecycle.toLowerCase();
  if (versions.length) attributes2.latestVersion = versions[versions.length - 1].version;
  const failed = versions.filter((v) => v.status && v.status !== "READY").map((v) => `${v.version}=${v.status}`);
  if (failed.length) attributes2.notReady = failed;
  if (m.updatedAt) attributes2.lastUpdatedAt = m.updatedAt;
  const creator = m.userId ?? versions.find((v) => v.userId)?.userId;
  if (creator) attributes2.createdBy = creator;
  asset.attributes = attributes2;
  asset.evidence = m.evidence;
  return asset;
}

// src/discover/adapters/mlflow-models.ts
var NAME23 = "mlflow-models";
function isPage(v) {
  return isObject(v) && Array.isArray(v.registered_models);
}
var mlflowModelsAdapter = {
  name: NAME23,
  description: "MLflow registered models: `GET /api/2.0/mlflow/registered-models/search?max_results=1000` (one or more pages)",
  markers: ["top-level registered_models array"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return isPage(Array.isArray(v) ? v[0] : v) ? 0.95 : 0;
    }
    return head(input).includes('"registered_models"') ? 0.5 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "MLflow");
    const lines = docs.length === 1 && !Array.isArray(docs[0].value) ? arrayItemLines(input.text, "registered_models")[0] : [];
    const assets = [];
    const seen = /* @__PURE__ */ new Set();
    let token;
    for (const page of pagesOf2(docs)) {
      const o = pageObject(page, input.file, "a registered-models/search response object");
      const models = list(o.registered_models, { file: input.file, line: page.line, record: page.label }, "registered_models");
      models.forEach((m, i) => {
        const record = `${page.label} registered_models[${i}]`;
        const where2 = { file: input.file, line: lines?.[i] ?? page.line, record };
        if (!isObject(m)) throw new InputError(`${record} is not an object`, where2);
        const name = requireString(m, "name", where2);
        if (seen.has(name)) throw new InputError(`${record}: model ${JSON.stringify(name)} appears twice`, where2);
        seen.add(name);
        const aliases = /* @__PURE__ */ new Map();
        list(m.aliases, where2, "aliases").forEach((a) => {
          if (isObject(a) && str(a.alias) && str(a.version)) aliases.set(str(a.alias), str(a.version));
        });
        const latestVersions = list(m.latest_versions, where2, "latest_versions").map((v, j) => {
          const vw = { ...where2, record: `${record}.latest_versions[${j}]` };
          if (!isObject(v)) throw new InputError(`${vw.record} is not an object`, vw);
          return readVersion(v, vw);
        });
        assets.push(
          modelAsset({
            name,
            versions: latestVersions,
            aliases,
            tags: readTags(m.tags, where2, "tags"),
            createdAt: time(m.creation_timestamp, where2, "creation_timestamp"),
            updatedAt: time(m.last_updated_timestamp, where2, "last_updated_timestamp"),
            userId: str(m.user_id),
            versionsListed: m.latest_versions !== void 0,
            evidence: { file: input.file, index: assets.length, ...where2.line ? { line: where2.line } : {} }
          })
        );
      });
      token = str(o.next_page_token) || void 0;
    }
    const piece = { source: sourceFor(NAME23, options), complete: !token, covers: ["Model"], assets };
    if (token) piece.incompleteReason = "the last registered-models page has a next_page_token: more models exist";
    return piece;
  }
};

// src/discover/adapters/mlflow-versions.ts
var NAME24 = "mlflow-versions";
function isPage2(v) {
  return isObject(v) && Array.isArray(v.model_versions);
}
var mlflowVersionsAdapter = {
  name: NAME24,
  description: "MLflow model versions: `GET /api/2.0/mlflow/model-versions/search?filter=name='X'` (one or more pages)",
  markers: ["top-level model_versions array"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return isPage2(Array.isArray(v) ? v[0] : v) ? 0.95 : 0;
    }
    return head(input).includes('"model_versions"') ? 0.5 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "MLflow");
    const lines = docs.length === 1 && !Array.isArray(docs[0].value) ? arrayItemLines(input.text, "model_versions")[0] : [];
    const byModel = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    let token;
    let index = 0;
    for (const page of pagesOf2(docs)) {
      const o = pageObject(page, input.file, "a model-versions/search response object");
      list(o.model_versions, { file: input.file, line: page.line, record: page.label }, "model_versions").forEach((v, i) => {
        const record = `${page.label} model_versions[${i}]`;
        const where2 = { file: input.file, line: lines?.[i] ?? page.line, record };
        if (!isObject(v)) throw new InputError(`${record} is not an object`, where2);
        const name = requireString(v, "name", where2);
        const info = readVersion(v, where2);
        const key2 = `${name}\0${info.version}`;
        if (seen.has(key2)) throw new InputError(`${record}: ${name} version ${info.version} appears twice`, where2);
        seen.add(key2);
        let entry = byModel.get(name);
        if (!entry) {
          entry = { versions: [], evidence: { file: input.file, index, ...where2.line ? { line: where2.line } : {} } };
          byModel.set(name, entry);
        }
        entry.versions.push(info);
        index++;
      });
      token = str(o.next_page_token) || void 0;
    }
    const assets = [...byModel].map(([name, { versions, evidence: evidence3 }]) => {
      const newest = versions.reduce((a, b) => Number(b.version) > Number(a.version) ? b : a);
      return modelAsset({ name, versions, aliases: /* @__PURE__ */ new Map(), tags: newest.tags, versionsListed: true, evidence: evidence3 });
    });
    const piece = { source: sourceFor(NAME24, options), complete: !token, covers: [], assets };
    if (token) piece.incompleteReason = "the last model-versions page has a next_page_token: more versions exist";
    return piece;
  }
};

// src/discover/adapters/native.ts
var NAME25 = "native";
var SNAPSHOT_MARK = "snapshot/v1";
var KINDS = new Set(ASSET_KINDS);
var ORIGINS = /* @__PURE__ */ new Set(["data", "option", "config", "git", "unknown"]);
function fail(where2, message) {
  throw new InputError(where2.record ? `${where2.record}: ${message}` : message, { file: where2.file, line: where2.line });
}
var DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function digits2(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
function isCanonicalIso(s) {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 || s.charCodeAt(10) !== 84) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46) {
    return false;
  }
  const hi = digits2(s, 0);
  const lo = digits2(s, 2);
  const month = digits2(s, 5);
  const day2 = digits2(s, 8);
  const ms = digits2(s, 20);
  const ms3 = s.charCodeAt(22) - 48;
  if (hi < 0 || lo < 0 || ms < 0 || ms3 < 0 || ms3 > 9 || month < 1 || month > 12 || day2 < 1) return false;
  const hour = digits2(s, 11);
  const minute = digits2(s, 14);
  const second = digits2(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  const year = hi * 100 + lo;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day2 <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}
function timestamp(v, where2, field) {
  if (v === null) return null;
  if (typeof v !== "string") fail(where2, `${field} must be an ISO-8601 timestamp or null`);
  const s = v;
  if (isCanonicalIso(s)) return s;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(s);
  const ms = m && Number(m[2]) <= 12 && Number(m[3]) <= DAYS_IN_MONTH[Number(m[2]) - 1] ? Date.parse(s) : NaN;
  if (Number.isNaN(ms)) fail(where2, `${field}: ${JSON.stringify(s)} is not an ISO-8601 timestamp with a zone`);
  return new Date(ms).toISOString();
}
function string(v, where2, field) {
  if (typeof v !== "string") fail(where2, `${field} must be a string`);
  return v;
}
function stringList(v, where2, field) {
  if (!Array.isArray(v)) fail(where2, `${field} must be a list of strings`);
  const a = v;
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== "string") fail(where2, `${field}[${i}] must be a string`);
  return a;
}
function nonNegativeInt(v, where2, field, min = 0) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) fail(where2, `${field} must be an integer ≥ ${min}`);
  return v;
}
function source(v, where2) {
  if (!isObject(v)) fail(where2, "source must be an object");
  const o = v;
  for (const k in o) if (k !== "type" && k !== "name" && k !== "scope") fail(where2, `unknown field source.${k}`);
  if (typeof o.type !== "string" || o.type === "") fail(where2, "source.type must be a non-empty string");
  if (o.name !== void 0) string(o.name, where2, "source.name");
  if (o.scope !== void 0) string(o.scope, where2, "source.scope");
  return o;
}
function covers(v, where2) {
  const list3 = stringList(v, where2, "covers");
  for (const k of list3) if (!KINDS.has(k)) fail(where2, `covers: unknown kind ${JSON.stringify(k)}`);
  if (new Set(list3).size !== list3.length) fail(where2, "covers lists a kind twice");
  return list3;
}
function readAsset(v, where2) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) fail(where2, "an asset must be a JSON object");
  const o = v;
  for (const k in o) {
    const val = o[k];
    switch (k) {
      case "kind":
        if (typeof val !== "string" || !KINDS.has(val)) fail(where2, `kind: unknown kind ${JSON.stringify(val)}`);
        break;
      case "id":
        if (typeof val !== "string" || val === "") fail(where2, "id must be a non-empty string");
        break;
      case "identifiers":
      case "ownerHints":
      case "permissions":
      case "tools":
      case "mcpServers":
      case "dataSources":
        stringList(val, where2, k);
        break;
      case "name":
      case "version":
      case "model":
      case "environment":
        string(val, where2, k);
        break;
      case "active":
        if (typeof val !== "boolean") fail(where2, "active must be true or false");
        break;
      case "createdAt":
      case "lastUsedAt":
      case "lastActivityAt":
      case "expiresAt":
      case "rotatedAt":
        o[k] = timestamp(val, where2, k);
        break;
      case "traffic":
        traffic(val, where2);
        break;
      case "evidence":
        evidence(val, where2);
        break;
      case "attributes":
        attributes(val, where2);
        break;
      default:
        fail(where2, `unknown asset field ${JSON.stringify(k)}`);
    }
  }
  if (o.kind === void 0) fail(where2, "missing kind");
  if (o.id === void 0) fail(where2, "missing id");
  if (o.identifiers === void 0) fail(where2, "missing identifiers");
  return o;
}
function traffic(v, where2) {
  if (!isObject(v)) fail(where2, "traffic must be an object");
  const t = v;
  for (const k in t) if (k !== "window" && k !== "count" && k !== "lastAt") fail(where2, `unknown field traffic.${k}`);
  if (!isObject(t.window)) fail(where2, "traffic.window must be an object");
  const w = t.window;
  for (const k in w) if (k !== "start" && k !== "end") fail(where2, `unknown field traffic.window.${k}`);
  if (!("start" in w) || !("end" in w)) fail(where2, "traffic.window needs start and end (null when unknown)");
  w.start = timestamp(w.start, where2, "traffic.window.start");
  w.end = timestamp(w.end, where2, "traffic.window.end");
  if (typeof t.count !== "number" || !(t.count >= 0)) fail(where2, "traffic.count must be a number ≥ 0");
  if (t.lastAt !== void 0) t.lastAt = timestamp(t.lastAt, where2, "traffic.lastAt");
}
function evidence(v, where2) {
  if (!isObject(v)) fail(where2, "evidence must be an object");
  const e = v;
  for (const k in e) if (k !== "file" && k !== "index" && k !== "line") fail(where2, `unknown field evidence.${k}`);
  if (typeof e.file !== "string") fail(where2, "evidence.file must be a string");
  if (e.index !== void 0) nonNegativeInt(e.index, where2, "evidence.index");
  if (e.line !== void 0) nonNegativeInt(e.line, where2, "evidence.line", 1);
}
function attributes(v, where2) {
  if (!isObject(v)) fail(where2, "attributes must be an object");
  const a = v;
  for (const k in a) {
    const val = a[k];
    if (val === null || typeof val === "string" || typeof val === "boolean") continue;
    if (typeof val === "number" && Number.isFinite(val)) continue;
    if (Array.isArray(val)) {
      stringList(val, where2, `attributes.${k}`);
      continue;
    }
    fail(where2, `attributes.${k} must be a string, number, boolean, null or list of strings`);
  }
}
function readHeader(v, where2) {
  if (!isObject(v) || v.blindspot !== SNAPSHOT_MARK) {
    fail(where2, `the first line of a JSONL snapshot must be the header {"blindspot":"${SNAPSHOT_MARK}", …}`);
  }
  const h = v;
  const allowed = ["blindspot", "source", "collectedAt", "collectedAtFrom", "complete", "incompleteReason", "covers", "claims", "files", "warnings"];
  for (const k in h) if (!allowed.includes(k)) fail(where2, `unknown header field ${JSON.stringify(k)}`);
  source(h.source, where2);
  if (!("collectedAt" in h)) fail(where2, "header needs collectedAt (null when unknown)");
  h.collectedAt = timestamp(h.collectedAt, where2, "collectedAt");
  if (h.collectedAtFrom !== void 0 && !ORIGINS.has(h.collectedAtFrom)) {
    fail(where2, `collectedAtFrom must be one of ${[...ORIGINS].join(", ")}`);
  }
  if (typeof h.complete !== "boolean") fail(where2, "complete must be true or false");
  if (h.incompleteReason !== void 0) string(h.incompleteReason, where2, "incompleteReason");
  covers(h.covers, where2);
  if (h.claims !== void 0) stringList(h.claims, where2, "claims");
  if (h.files !== void 0) stringList(h.files, where2, "files");
  if (h.warnings !== void 0) stringList(h.warnings, where2, "warnings");
  return h;
}
function readSnapshot(v, where2, assetLines) {
  if (!isObject(v)) fail(where2, "a snapshot must be a JSON object");
  const s = v;
  const allowed = ["source", "collectedAt", "collectedAtFrom", "complete", "incompleteReason", "covers", "claims", "files", "assets", "warnings"];
  for (const k in s) if (!allowed.includes(k)) fail(where2, `unknown snapshot field ${JSON.stringify(k)}`);
  source(s.source, where2);
  if (!("collectedAt" in s)) fail(where2, "collectedAt is required (null when unknown)");
  s.collectedAt = timestamp(s.collectedAt, where2, "collectedAt");
  if (!ORIGINS.has(s.collectedAtFrom)) fail(where2, `collectedAtFrom must be one of ${[...ORIGINS].join(", ")}`);
  if (typeof s.complete !== "boolean") fail(where2, "complete must be true or false");
  if (s.incompleteReason !== void 0) string(s.incompleteReason, where2, "incompleteReason");
  covers(s.covers, where2);
  if (s.claims !== void 0) stringList(s.claims, where2, "claims");
  stringList(s.files, where2, "files");
  if (s.warnings !== void 0) stringList(s.warnings, where2, "warnings");
  if (!Array.isArray(s.assets)) fail(where2, "assets must be a list");
  s.assets.forEach((a, i) => readAsset(a, { file: where2.file, line: assetLines?.[i] ?? where2.line, record: `assets[${i}]` }));
  return s;
}
function isSnapshotLike(v) {
  return isObject(v) && isObject(v.source) && Array.isArray(v.assets) && typeof v.complete === "boolean" && Array.isArray(v.covers);
}
function withEvidence(a, file, index, line) {
  if (!a.evidence) a.evidence = line !== void 0 ? { file, index, line } : { file, index };
  return a;
}
var nativeAdapter = {
  name: NAME25,
  description: "blindspot normalised snapshot (`blindspot snapshot convert … --out snapshot.json`), as JSON or JSONL with a snapshot/v1 header",
  markers: ['{"blindspot":"snapshot/v1"} header line', "object with source, complete, covers, assets"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      if (isObject(v) && v.blindspot === SNAPSHOT_MARK) return 1;
      return isSnapshotLike(v) ? 0.95 : 0;
    }
    return /"blindspot"\s*:\s*"snapshot\/v1"/.test(head(input, 1024)) ? 0.6 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "blindspot snapshot");
    if (docs.length === 0) throw new InputError("empty file: expected a blindspot snapshot", { file: input.file, line: 1 });
    const first = docs[0];
    let meta;
    let assets;
    if (isObject(first.value) && "blindspot" in first.value) {
      const h = readHeader(first.value, { file: input.file, line: first.line });
      meta = { ...h, collectedAtFrom: h.collectedAtFrom ?? (h.collectedAt ? "data" : "unknown") };
      assets = docs.slice(1).map(
        (d, i) => withEvidence(readAsset(d.value, { file: input.file, line: d.line, record: `asset on line ${d.line}` }), input.file, i, d.line)
      );
    } else {
      if (docs.length > 1) throw new InputError("one snapshot per file", { file: input.file, line: docs[1].line });
      const lines = arrayItemLines(input.text, "assets")[0];
      const s = readSnapshot(first.value, { file: input.file, line: first.line }, lines);
      meta = s;
      assets = s.assets.map((a, i) => withEvidence(a, input.file, i, lines?.[i]));
    }
    const src = { ...meta.source };
    if (options.sourceName) src.name = options.sourceName;
    if (options.scope) src.scope = options.scope;
    const piece = { source: src, complete: meta.complete, covers: meta.covers, assets };
    if (meta.collectedAt) {
      piece.collectedAt = meta.collectedAt;
      piece.collectedAtFrom = meta.collectedAtFrom;
    }
    if (meta.incompleteReason) piece.incompleteReason = meta.incompleteReason;
    if (meta.claims) piece.claims = meta.claims;
    if (meta.warnings?.length) piece.warnings = meta.warnings;
    return piece;
  }
};

// src/discover/adapters/prometheus-rules.ts
var import_yaml4 = __toESM(require_dist(), 1);
var NAME26 = "prometheus-rules";
function isRuleFile(v) {
  return isObject(v) && Array.isArray(v.groups) && v.groups.some((g) => isObject(g) && Array.isArray(g.rules));
}
function isPrometheusRule(v) {
  return isObject(v) && v.kind === "PrometheusRule" && isObject(v.spec);
}
function groupContainers(v) {
  if (!isObject(v)) return [];
  if (isPrometheusRule(v)) {
    const meta = isObject(v.metadata) ? v.metadata : {};
    const prefix = [str(meta.namespace), str(meta.name)].filter(Boolean).join("/");
    return [{ path: ["spec", "groups"], prefix: prefix ? `${prefix}/` : "" }];
  }
  if (v.kind === "List" && Array.isArray(v.items)) {
    return v.items.flatMap(
      (item, i) => groupContainers(item).map((c) => ({ path: ["items", i, ...c.path], prefix: c.prefix }))
    );
  }
  if ("groups" in v) return [{ path: ["groups"], prefix: "" }];
  return [];
}
function lineOf(doc, path, lc) {
  const node = doc.getIn(path, true);
  return node?.range ? lc.linePos(node.range[0]).line : void 0;
}
function valueAt(v, path) {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[k];
  }
  return cur;
}
function stringMap2(v, where2, field) {
  if (v === void 0 || v === null) return {};
  if (!isObject(v)) throw new InputError(`${where2.record}: ${field} must be a map`, where2);
  const out = {};
  for (const [k, val] of Object.entries(v)) out[k] = str(val) ?? (typeof val === "boolean" ? String(val) : JSON.stringify(val));
  return out;
}
var prometheusRulesAdapter = {
  name: NAME26,
  description: "Prometheus alerting rules: a rule file (`groups:`), or `kubectl get prometheusrules -A -o yaml` (PrometheusRule objects)",
  markers: ["groups[].rules[] with alert/expr", "kind: PrometheusRule"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      if (isPrometheusRule(v) || isObject(v) && v.kind === "List" && Array.isArray(v.items) && isPrometheusRule(v.items[0])) return 0.95;
      return isRuleFile(v) ? 0.9 : 0;
    }
    const t = input.text.slice(0, 65536);
    if (/^\s*kind:\s*PrometheusRule\s*$/m.test(t)) return 0.95;
    if (/^\s*groups:\s*(\[\s*\])?\s*$/m.test(t) && (/^\s*(-\s+)?rules:/m.test(t) || /groups:\s*\[\s*\]/.test(t))) {
      return /^\s*(-\s+)?(alert|record|expr):/m.test(t) || /groups:\s*\[\s*\]/.test(t) ? 0.9 : 0.5;
    }
    return 0;
  },
  parse(input, options) {
    const lc = new import_yaml4.LineCounter();
    const docs = (0, import_yaml4.parseAllDocuments)(input.text, { lineCounter: lc });
    const assets = [];
    const idAlloc = new IdAllocator();
    docs.forEach((doc, d) => {
      const err = doc.errors[0];
      if (err) {
        const at = err.linePos?.[0] ?? lc.linePos(err.pos[0]);
        const message = err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
        throw new InputError(`invalid YAML: ${message}`, { file: input.file, line: at.line, column: at.col });
      }
      const value = doc.toJS({ maxAliasCount: 100 });
      if (value === null || value === void 0) return;
      const containers = groupContainers(value);
      const docWhere = { file: input.file, line: lineOf(doc, [], lc) ?? 1, record: `document ${d + 1}` };
      if (containers.length === 0) {
        throw new InputError(`${docWhere.record}: not a Prometheus rule file (no "groups") or PrometheusRule object`, docWhere);
      }
      for (const { path, prefix } of containers) {
        const groups = valueAt(value, path);
        if (groups === void 0 || groups === null) continue;
        const pathWhere = { ...docWhere, line: lineOf(doc, path, lc) ?? docWhere.line, record: path.join(".") };
        if (!Array.isArray(groups)) throw new InputError(`${pathWhere.record}: expected a list of rule groups`, pathWhere);
        groups.forEach((g, gi) => {
          const gPath = [...path, gi];
          const gWhere = { file: input.file, line: lineOf(doc, gPath, lc), record: `${path.join(".")}[${gi}]` };
          if (!isObject(g)) throw new InputError(`${gWhere.record}: a rule group must be a map`, gWhere);
          const group = str(g.name);
          if (!group) throw new InputError(`${gWhere.record}: a rule group needs a name`, gWhere);
          const groupLabels = stringMap2(g.labels, gWhere, "labels");
          const rules = g.rules ?? [];
          if (!Array.isArray(rules)) throw new InputError(`${gWhere.record}: rules must be a list`, gWhere);
          rules.forEach((r, ri) => {
            const rPath = [...gPath, "rules", ri];
            const where2 = { file: input.file, line: lineOf(doc, rPath, lc), record: `group ${group} rules[${ri}]` };
            if (!isObject(r)) throw new InputError(`${where2.record}: a rule must be a map`, where2);
            const alert = str(r.alert);
            const record = str(r.record);
            if (alert && record) throw new InputError(`${where2.record}: a rule has either alert or record, not both`, where2);
            if (!alert && !record) throw new InputError(`${where2.record}: a rule needs alert (or record)`, where2);
            const expr = str(r.expr);
            if (expr === void 0 || expr.trim() === "") throw new InputError(`${where2.record}: missing expr`, where2);
            if (record) return;
            const labels = { ...groupLabels, ...stringMap2(r.labels, where2, "labels") };
            const key2 = `${prefix}${group}/${alert}`;
            const asset = {
              kind: "Monitor",
              id: idAlloc.next(key2),
              identifiers: [alert, key2],
              name: alert,
              active: true,
              evidence: { file: input.file, index: assets.length, ...where2.line ? { line: where2.line } : {} },
              attributes: {
                system: "prometheus",
                group,
                expr,
                labels: Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`),
                references: [expr, ...Object.values(labels)]
              }
            };
            const forDuration = str(r.for);
            if (forDuration) asset.attributes.for = forDuration;
            if (labels.severity) asset.attributes.severity = labels.severity;
            assets.push(asset);
          });
        });
      }
    });
    return { source: sourceFor(NAME26, options), complete: true, covers: ["Monitor"], assets };
  }
};

// src/discover/adapters/sagemaker.ts
var NAME27 = "sagemaker";
var SERVING = /* @__PURE__ */ new Set(["InService", "Updating", "SystemUpdating", "RollingBack", "UpdateRollbackFailed"]);
var KNOWN_STATUS = /* @__PURE__ */ new Set([...SERVING, "OutOfService", "Creating", "Deleting", "Failed"]);
function shapeOf(v) {
  if (!isObject(v) || "Datapoints" in v || "MetricDataResults" in v) return null;
  if (Array.isArray(v.Endpoints)) return "list";
  if (typeof v.EndpointName === "string" && ("EndpointStatus" in v || "EndpointArn" in v)) return "endpoint";
  if (typeof v.EndpointConfigName === "string" && Array.isArray(v.ProductionVariants)) return "config";
  return null;
}
function mergeEndpoint(all, e, where2, index) {
  const name = requireString(e, "EndpointName", where2);
  let f = all.get(name);
  if (!f) {
    f = { name, weights: /* @__PURE__ */ new Map(), evidence: { file: where2.file, index, ...where2.line ? { line: where2.line } : {} } };
    all.set(name, f);
  }
  const arn = str(e.EndpointArn);
  if (arn) f.arn = arn;
  const status = str(e.EndpointStatus);
  if (status) {
    if (!KNOWN_STATUS.has(status)) throw new InputError(`${where2.record}: unknown EndpointStatus ${JSON.stringify(status)}`, where2);
    f.status = status;
  }
  if ("CreationTime" in e) f.createdAt = time(e.CreationTime, where2, "CreationTime");
  if ("LastModifiedTime" in e) f.modifiedAt = time(e.LastModifiedTime, where2, "LastModifiedTime");
  const config = str(e.EndpointConfigName);
  if (config) f.configName = config;
  const failure = str(e.FailureReason);
  if (failure) f.failureReason = failure;
  list(e.ProductionVariants, where2, "ProductionVariants").forEach((pv, i) => {
    if (!isObject(pv)) return;
    const variant = str(pv.VariantName);
    const weight = num(pv.CurrentWeight ?? pv.DesiredWeight, where2, `ProductionVariants[${i}].CurrentWeight`);
    if (variant && weight !== void 0) f.weights.set(variant, weight);
  });
}
function readConfig(c, where2) {
  return list(c.ProductionVariants, where2, "ProductionVariants").map((pv, i) => {
    const pw = { ...where2, record: `${where2.record}.ProductionVariants[${i}]` };
    if (!isObject(pv)) throw new InputError(`${pw.record} is not an object`, pw);
    return {
      variant: requireString(pv, "VariantName", pw),
      model: str(pv.ModelName),
      weight: num(pv.InitialVariantWeight, pw, "InitialVariantWeight")
    };
  });
}
function toAsset4(f, configs, warnings) {
  const asset = {
    kind: "ModelEndpoint",
    id: f.arn ?? f.name,
    identifiers: f.arn ? [f.name, f.arn] : [f.name],
    name: f.name,
    evidence: f.evidence
  };
  if (f.status) asset.active = SERVING.has(f.status);
  if (f.createdAt) asset.createdAt = f.createdAt;
  const attributes2 = {};
  if (f.status) attributes2.status = f.status;
  if (f.modifiedAt) attributes2.lastModifiedAt = f.modifiedAt;
  if (f.failureReason) attributes2.failureReason = f.failureReason;
  if (f.configName) {
    attributes2.endpointConfig = f.configName;
    const variants = configs.get(f.configName);
    if (!variants) {
      warnings.push(`endpoint ${f.name} uses config ${f.configName}, which is not in the file: its model is unknown`);
    } else {
      let best;
      for (const v of variants) {
        const weight = f.weights.get(v.variant) ?? v.weight ?? 1;
        if (v.model && (!best || weight > best.weight)) best = { model: v.model, weight };
      }
      if (best) asset.model = best.model;
      attributes2.models = [...new Set(variants.map((v) => v.model).filter((m) => !!m))];
      attributes2.variants = variants.map((v) => v.variant);
    }
  }
  asset.attributes = attributes2;
  return asset;
}
function scopeFromArns(endpoints) {
  const scopes = new Set(endpoints.map((e) => e.arn?.split(":").slice(0, 5).join(":")));
  const [only] = scopes;
  return scopes.size === 1 && only ? only : void 0;
}
var sagemakerAdapter = {
  name: NAME27,
  description: "AWS SageMaker endpoints: `aws sagemaker list-endpoints`, `describe-endpoint --endpoint-name N`, `describe-endpoint-config --endpoint-config-name C` (alone or together)",
  markers: ["Endpoints[] with EndpointArn/EndpointStatus", "EndpointName + EndpointStatus", "EndpointConfigName + ProductionVariants"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      return shapeOf(Array.isArray(v) ? v[0] : v) ? 0.9 : 0;
    }
    const h = head(input);
    return (h.includes('"Endpoints"') || h.includes('"EndpointConfigName"')) && !h.includes('"Datapoints"') ? 0.4 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "SageMaker");
    const listLines = arrayItemLines(input.text, "Endpoints");
    const endpoints = /* @__PURE__ */ new Map();
    const configs = /* @__PURE__ */ new Map();
    let sawList = false;
    let token;
    let index = 0;
    const pages = pagesOf2(docs);
    pages.forEach((page) => {
      const where2 = { file: input.file, line: page.line, record: page.label };
      const shape = shapeOf(page.value);
      if (!shape) {
        throw new InputError(
          `${page.label}: not a SageMaker list-endpoints, describe-endpoint or describe-endpoint-config response`,
          where2
        );
      }
      const o = page.value;
      if (shape === "list") {
        sawList = true;
        const docIndex = Number(/^document (\d+)$/.exec(page.label)?.[1] ?? 0) - 1;
        list(o.Endpoints, where2, "Endpoints").forEach((e, i) => {
          const ew = { file: input.file, line: listLines[docIndex]?.[i] ?? page.line, record: `${page.label} Endpoints[${i}]` };
          if (!isObject(e)) throw new InputError(`${ew.record} is not an object`, ew);
          mergeEndpoint(endpoints, e, ew, index++);
        });
        token = str(o.NextToken) || void 0;
      } else if (shape === "endpoint") {
        mergeEndpoint(endpoints, o, where2, index++);
      } else {
        configs.set(requireString(o, "EndpointConfigName", where2), readConfig(o, where2));
      }
    });
    const warnings = [];
    const facts = [...endpoints.values()];
    const assets = facts.map((f) => toAsset4(f, configs, warnings));
    const used = new Set(facts.map((f) => f.configName));
    for (const c of configs.keys()) if (!used.has(c)) warnings.push(`endpoint config ${c} is used by no endpoint in the file`);
    const piece = {
      source: sourceFor(NAME27, options, scopeFromArns(facts)),
      complete: !token,
      covers: sawList ? ["ModelEndpoint"] : [],
      assets
    };
    if (token) piece.incompleteReason = "the last list-endpoints page has a NextToken: more endpoints exist";
    if (warnings.length) piece.warnings = warnings;
    return piece;
  }
};

// src/discover/adapters/trufflehog.ts
var NAME28 = "trufflehog";
function resultLines(input) {
  const lines = [];
  let skipped = 0;
  if (input.docs) {
    for (const d of input.docs) {
      for (const value of Array.isArray(d.value) ? d.value : [d.value]) {
        if (isObject(value) && "DetectorName" in value) lines.push({ value, line: d.line });
        else skipped++;
      }
    }
    return { lines, skipped };
  }
  const text2 = input.text.split("\n");
  text2.forEach((raw, i) => {
    const t = raw.trim();
    if (t === "") return;
    let value;
    try {
      value = JSON.parse(t);
    } catch {
      if (!t.includes('"DetectorName"')) {
        skipped++;
        return;
      }
      const { offset, reason } = jsonErrorOffset(t);
      throw new InputError(`invalid JSON in a TruffleHog result: ${reason || "malformed value"}`, {
        file: input.file,
        line: i + 1,
        column: Math.max(offset, 0) + 1 + (raw.length - raw.trimStart().length)
      });
    }
    if (isObject(value) && "DetectorName" in value) lines.push({ value, line: i + 1 });
    else skipped++;
  });
  return { lines, skipped };
}
function sourceData(r, where2) {
  const meta = objField(r.SourceMetadata, where2, "SourceMetadata");
  const data = objField(meta?.Data, where2, "SourceMetadata.Data");
  if (!data) return { data: {} };
  const kind = Object.keys(data).find((k) => isObject(data[k]));
  return kind ? { kind, data: data[kind] } : { data: {} };
}
function toAsset5(r, index, where2, options, idAlloc) {
  const detector = requireString(r, "DetectorName", where2);
  const raw = str(r.Raw) ?? "";
  const rawV2 = str(r.RawV2) ?? "";
  const redacted = str(r.Redacted) ?? "";
  const { kind, data } = sourceData(r, where2);
  const file = str(data.file) ?? str(data.path) ?? "";
  const commit = str(data.commit) ?? "";
  const line = num(data.line, where2, `SourceMetadata.Data.${kind}.line`);
  const secretHash = sha256Hex(raw || rawV2).slice(0, 16);
  const id = `${detector}:${secretHash}:${commit}:${file}:${line ?? ""}`;
  const extra2 = objField(r.ExtraData, where2, "ExtraData");
  const account = str(extra2?.account);
  const arn = str(extra2?.arn);
  const userId = str(extra2?.user_id);
  const fingerprints = [fingerprintSecret(raw, options.hmacKey)];
  if (rawV2 && rawV2 !== raw) fingerprints.push(fingerprintSecret(rawV2, options.hmacKey));
  const attributes2 = { detector, file };
  if (line !== void 0) attributes2.line = line;
  if (commit) attributes2.commit = commit;
  const optional = [
    ["repository", data.repository],
    ["link", data.link],
    ["email", data.email],
    ["visibility", data.visibility],
    ["bucket", data.bucket],
    ["image", data.image],
    ["decoder", r.DecoderName],
    ["sourceName", r.SourceName],
    ["account", account],
    ["arn", arn],
    ["userId", userId],
    ["resourceType", extra2?.resource_type]
  ];
  for (const [k, v] of optional) {
    const s = str(v);
    if (s) attributes2[k] = s;
  }
  if (kind) attributes2.source = kind;
  const detectorType = num(r.DetectorType, where2, "DetectorType");
  if (detectorType !== void 0) attributes2.detectorType = detectorType;
  const sourceType = num(r.SourceType, where2, "SourceType");
  if (sourceType !== void 0) attributes2.sourceType = sourceType;
  const verified = bool(r.Verified) === true;
  attributes2.verified = verified;
  const asset = {
    kind: "SecretFinding",
    id: idAlloc.next(id),
    identifiers: ids(id, ...awsKeyIds(raw, rawV2, redacted), arn, userId, account, ...fingerprints),
    name: `${detector} in ${file || kind || "unknown source"}${line !== void 0 ? `:${line}` : ""}`,
    evidence: { file: where2.file, index, line: where2.line },
    attributes: attributes2
  };
  const committed = time(data.timestamp, where2, `SourceMetadata.Data.${kind}.timestamp`);
  if (committed) asset.createdAt = committed;
  if (verified) asset.active = true;
  return asset;
}
var trufflehogAdapter = {
  name: NAME28,
  description: "TruffleHog v3 NDJSON: `trufflehog git|github|filesystem <target> --json > results.ndjson`",
  markers: ["NDJSON lines with DetectorName, SourceMetadata, Verified"],
  sniff(input) {
    if (input.docs) {
      const sample = input.docs.slice(0, 50).flatMap((d) => Array.isArray(d.value) ? d.value.slice(0, 1) : [d.value]);
      return sample.some((v) => isObject(v) && typeof v.DetectorName === "string" && "SourceMetadata" in v) ? 0.95 : 0;
    }
    const h = head(input, 16384);
    return h.includes('"DetectorName"') && h.includes('"SourceMetadata"') ? 0.6 : 0;
  },
  parse(input, options) {
    const { lines, skipped } = resultLines(input);
    const idAlloc = new IdAllocator();
    const assets = lines.map((l, i) => {
      const where2 = { file: input.file, line: l.line, record: `result on line ${l.line}` };
      return toAsset5(l.value, i, where2, options, idAlloc);
    });
    const piece = { source: sourceFor(NAME28, options), complete: true, covers: ["SecretFinding"], assets };
    if (skipped) piece.warnings = [`skipped ${skipped} line(s) without DetectorName (log output)`];
    return piece;
  }
};

// src/discover/adapters/vertex-endpoints.ts
var NAME29 = "vertex-endpoints";
var ENDPOINT_NAME = /^(projects\/[^/]+\/locations\/[^/]+)\/endpoints\/[^/]+$/;
var LOCATION = /^projects\/[^/]+\/locations\/[^/]+$/;
function isEndpoint(v) {
  return isObject(v) && typeof v.name === "string" && ENDPOINT_NAME.test(v.name);
}
function toAsset6(e, where2, index) {
  const name = requireString(e, "name", where2);
  if (!ENDPOINT_NAME.test(name)) {
    throw new InputError(`${where2.record}: name ${JSON.stringify(name)} is not projects/*/locations/*/endpoints/*`, where2);
  }
  const displayName = str(e.displayName);
  const split = objField(e.trafficSplit, where2, "trafficSplit") ?? {};
  const labels = objField(e.labels, where2, "labels");
  let best;
  const deployed = [];
  const accounts = [];
  list(e.deployedModels, where2, "deployedModels").forEach((dm, i) => {
    const dw = { ...where2, record: `${where2.record}.deployedModels[${i}]` };
    if (!isObject(dm)) throw new InputError(`${dw.record} is not an object`, dw);
    const id = requireString(dm, "id", dw);
    const model = str(dm.model);
    const version = str(dm.modelVersionId);
    const share = num(split[id], dw, `trafficSplit.${id}`) ?? 0;
    deployed.push(`${id}=${model ?? "?"}${version ? `@${version}` : ""}:${share}%`);
    const sa = str(dm.serviceAccount);
    if (sa) accounts.push(sa);
    if (model && share > 0 && (!best || share > best.share)) best = { model, version, share };
  });
  const asset = {
    kind: "ModelEndpoint",
    id: name,
    identifiers: displayName && displayName !== name ? [name, displayName] : [name],
    name: displayName ?? name,
    active: best !== void 0,
    evidence: { file: where2.file, index, ...where2.line ? { line: where2.line } : {} }
  };
  const created = time(e.createTime, where2, "createTime");
  if (created) asset.createdAt = created;
  if (best) {
    asset.model = best.model;
    if (best.version) asset.version = best.version;
  }
  const owners = sortedUnique([str(labels?.owner), str(labels?.team)]);
  if (owners.length) asset.ownerHints = owners;
  const env = str(labels?.environment) ?? str(labels?.env);
  if (env) asset.environment = env;
  const attributes2 = { deployedModels: deployed };
  if (accounts.length) attributes2.serviceAccounts = sortedUnique(accounts);
  const updated = time(e.updateTime, where2, "updateTime");
  if (updated) attributes2.updatedAt = updated;
  if (labels) attributes2.labels = pairs(labels);
  if (displayName) attributes2.displayName = displayName;
  asset.attributes = attributes2;
  return asset;
}
var vertexEndpointsAdapter = {
  name: NAME29,
  description: "GCP Vertex AI endpoints: `gcloud ai endpoints list --region=R --format=json` (or REST endpoints.list pages)",
  markers: ["array of objects named projects/*/locations/*/endpoints/*", "endpoints[] + nextPageToken"],
  sniff(input) {
    if (input.docs) {
      const v = input.docs[0]?.value;
      if (Array.isArray(v)) return v.length > 0 && isEndpoint(v[0]) ? 0.9 : 0;
      return isObject(v) && Array.isArray(v.endpoints) && v.endpoints.length > 0 && isEndpoint(v.endpoints[0]) ? 0.9 : 0;
    }
    return /"name"\s*:\s*"projects\/[^"/]+\/locations\/[^"/]+\/endpoints\//.test(head(input)) ? 0.4 : 0;
  },
  parse(input, options) {
    const docs = jsonDocs2(input, "Vertex AI");
    const topLines = arrayItemLines(input.text);
    const restLines = arrayItemLines(input.text, "endpoints");
    const assets = [];
    let token;
    docs.forEach((doc, d) => {
      const v = doc.value;
      let items;
      let lines;
      let label;
      if (Array.isArray(v)) {
        items = v;
        lines = topLines[d];
        label = "endpoint ";
      } else if (isObject(v) && (Array.isArray(v.endpoints) || Object.keys(v).length === 0 || "nextPageToken" in v)) {
        items = list(v.endpoints, { file: input.file, line: doc.line }, "endpoints");
        lines = restLines[d];
        label = "endpoints";
        token = str(v.nextPageToken) || void 0;
      } else {
        throw new InputError(`document ${d + 1}: expected an array of Vertex AI endpoints`, { file: input.file, line: doc.line });
      }
      items.forEach((item, i) => {
        const where2 = { file: input.file, line: lines?.[i] ?? doc.line, record: `${label}[${i}]` };
        if (!isObject(item)) throw new InputError(`${where2.record} is not an object`, where2);
        assets.push(toAsset6(item, where2, assets.length));
      });
    });
    const regions = sortedUnique([
      ...assets.map((a) => ENDPOINT_NAME.exec(a.id)?.[1]),
      options.scope && LOCATION.test(options.scope) ? options.scope : void 0
    ]);
    const piece = {
      source: sourceFor(NAME29, options, regions.length === 1 ? regions[0] : void 0),
      complete: !token,
      covers: ["ModelEndpoint"],
      claims: regions.map((r) => `${literalClaim(r)}/endpoints/*`),
      assets
    };
    if (token) piece.incompleteReason = "the last endpoints page has a nextPageToken: more endpoints exist";
    return piece;
  }
};

// src/discover/adapters/group-ml.ts
var ML_AGENT_ADAPTERS = [
  nativeAdapter,
  gitleaksAdapter,
  trufflehogAdapter,
  mlflowModelsAdapter,
  mlflowVersionsAdapter,
  sagemakerAdapter,
  cloudwatchAdapter,
  vertexEndpointsAdapter,
  mcpConfigAdapter,
  mcpToolsAdapter,
  a2aCardAdapter,
  prometheusRulesAdapter,
  datadogMonitorsAdapter
];

// src/discover/registry.ts
var ADAPTERS = [...ML_AGENT_ADAPTERS, ...CLOUD_ADAPTERS];
function adapterByName(name) {
  return ADAPTERS.find((a) => a.name === name);
}

// src/discover/detect.ts
var MIN_CONFIDENCE = 0.3;
function adapterInput(file, text2) {
  let docs = null;
  if (looksLikeJson(text2)) {
    try {
      docs = parseJsonDocuments(text2, file);
    } catch {
      docs = null;
    }
  }
  return { file, text: text2, docs };
}
function detect(input, adapters = ADAPTERS) {
  const scored = adapters.map((a) => ({ adapter: a, confidence: a.sniff(input) })).sort((x, y) => y.confidence - x.confidence);
  const [best, second] = scored;
  if (!best || best.confidence < MIN_CONFIDENCE) {
    if (input.docs === null && looksLikeJson(input.text)) parseJsonDocuments(input.text, input.file);
    throw new InputError("unknown export format: no adapter recognises this content; name it with --format (see `blindspot snapshot formats`)", { file: input.file, line: 1 });
  }
  if (second && second.confidence === best.confidence) {
    throw new InputError(`ambiguous export format: both ${best.adapter.name} and ${second.adapter.name} match; name it with --format`, { file: input.file, line: 1 });
  }
  return best;
}
function resolveAdapter(input, format) {
  if (format && format !== "auto") {
    const a = adapterByName(format);
    if (!a) throw new InputError(`unknown format "${format}" (see \`blindspot snapshot formats\`)`, { file: input.file });
    return a;
  }
  return detect(input).adapter;
}

// src/discover/convert.ts
function union(lists) {
  return [...new Set(lists.flat())];
}
function mergePieces(m, options) {
  const first = m.pieces[0];
  const dataTimes = m.pieces.map((p) => p.collectedAt).filter((t) => Boolean(t)).sort();
  let collectedAt = null;
  let collectedAtFrom = "unknown";
  if (dataTimes.length > 0) {
    collectedAt = dataTimes[0];
    collectedAtFrom = "data";
  } else if (options.collectedAt) {
    collectedAt = options.collectedAt.iso;
    collectedAtFrom = options.collectedAt.from;
  } else if (options.commitTime) {
    const times = m.files.map((f) => options.commitTime(f)).filter((t) => Boolean(t)).sort();
    if (times.length === m.files.length && times.length > 0) {
      collectedAt = times[0];
      collectedAtFrom = "git";
    }
  }
  const incomplete = m.pieces.filter((p) => !p.complete);
  const claims = options.claims ?? union(m.pieces.map((p) => p.claims ?? defaultClaims(m.adapter, p)));
  const warnings = union(m.pieces.map((p) => p.warnings ?? []));
  return {
    source: { ...first.source, ...options.sourceName ? { name: options.sourceName } : {}, ...options.scope ? { scope: options.scope } : {} },
    collectedAt,
    collectedAtFrom,
    complete: incomplete.length === 0,
    ...incomplete.length ? { incompleteReason: union(incomplete.map((p) => [p.incompleteReason ?? "incomplete export"])).join("; ") } : {},
    covers: union(m.pieces.map((p) => p.covers)),
    ...claims.length ? { claims } : {},
    files: m.files,
    assets: m.pieces.flatMap((p) => p.assets),
    ...warnings.length ? { warnings } : {}
  };
}
function convertFiles(files, options = {}) {
  const byAdapter = /* @__PURE__ */ new Map();
  for (const f of files) {
    const input = adapterInput(f.path, f.text);
    const adapter = resolveAdapter(input, options.format);
    const piece = adapter.parse(input, options);
    const m = byAdapter.get(adapter.name) ?? { adapter: adapter.name, pieces: [], files: [] };
    m.pieces.push(piece);
    m.files.push(f.path);
    byAdapter.set(adapter.name, m);
  }
  return [...byAdapter.values()].map((m) => mergePieces(m, options));
}
function combineSnapshots(snaps) {
  if (snaps.length === 1) return snaps[0];
  const types = [...new Set(snaps.map((s) => s.source.type))];
  const times = snaps.map((s) => s.collectedAt);
  const known = times.filter((t) => t !== null).sort();
  const claims = union(snaps.map((s) => s.claims ?? []));
  return {
    source: { type: types.length === 1 ? types[0] : "combined", ...snaps[0].source.name ? { name: snaps[0].source.name } : {}, ...snaps[0].source.scope ? { scope: snaps[0].source.scope } : {} },
    collectedAt: known.length === times.length ? known[0] : null,
    collectedAtFrom: known.length === times.length ? snaps.map((s) => s.collectedAtFrom).sort()[0] : "unknown",
    complete: snaps.every((s) => s.complete),
    ...snaps.some((s) => !s.complete) ? { incompleteReason: snaps.filter((s) => !s.complete).map((s) => `${s.source.type}: ${s.incompleteReason ?? "incomplete"}`).join("; ") } : {},
    covers: union(snaps.map((s) => s.covers)),
    ...claims.length ? { claims } : {},
    files: union(snaps.map((s) => s.files)),
    assets: snaps.flatMap((s) => s.assets)
  };
}

// src/discover/load-sources.ts
function convertEntry(entry, files, options, collectedAt) {
  return convertFiles(files, {
    format: entry.format,
    sourceName: entry.name ?? entry.path,
    scope: entry.scope,
    serverName: entry.server,
    hmacKey: options.hmacKey,
    collectedAt,
    commitTime: options.commitTime,
    claims: entry.claims
  });
}
function loadSources(repo, repoFiles, config, options = {}) {
  const snapshots = [];
  const failed = [];
  const run = (name, paths, read, convert2) => {
    try {
      snapshots.push(...convert2(read()));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failed.push({ name, files: paths, error: errorMessage(err) });
    }
  };
  if (!options.skipConfigured) {
    for (const entry of config.sources) {
      const glob = new Glob(entry.path);
      const paths = glob.literal ? repo.exists(entry.path) ? [entry.path] : [] : repoFiles.filter((f) => glob.matches(f));
      const name = entry.name ?? entry.path;
      if (paths.length === 0) {
        failed.push({ name, files: [entry.path], error: `${entry.path}: no file matches this source path` });
        continue;
      }
      const collectedAt = entry.collectedAt ? { iso: entry.collectedAt, from: "config" } : void 0;
      run(name, paths, () => paths.map((p) => {
        const f = repo.read(p, { maxBytes: config.limits.maxFileBytes });
        return { path: p, text: f.text };
      }), (files) => convertEntry(entry, files, options, collectedAt));
    }
  }
  const cwd = options.cwd ?? process.cwd();
  for (const spec of options.extra ?? []) {
    const glob = new Glob(spec);
    const paths = glob.literal ? [spec] : repoFiles.filter((f) => glob.matches(f));
    if (paths.length === 0) {
      failed.push({ name: spec, files: [spec], error: `${spec}: no file matches` });
      continue;
    }
    const entry = { path: spec, format: options.format };
    const collectedAt = options.collectedAt ? { iso: options.collectedAt, from: "option" } : void 0;
    run(spec, paths, () => paths.map((p) => ({ path: p, text: readUserFile(resolve2(cwd, p), p, config.limits.maxFileBytes).text })), (files) => convertEntry({ ...entry, name: void 0 }, files, options, collectedAt).map((s) => ({ ...s, source: { ...s.source, name: s.source.name === spec ? s.source.type : s.source.name } })));
  }
  return { snapshots, failed };
}

// src/reconcile/format.ts
function day(iso) {
  return iso.slice(0, 10);
}
function when2(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
function count(n) {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function list2(items) {
  return items.map((i) => `\`${i}\``).join(", ");
}
function ageDays(fromIso, nowMs) {
  return Math.floor((nowMs - Date.parse(fromIso)) / 864e5);
}

// src/reconcile/coverage.ts
function owned(s, ctx) {
  return s.ownership.owners.length > 0 && (!s.ownership.catchAll || ctx.config.ownership.catchAllCountsAsOwner);
}
function monitored(s, ctx) {
  const m = ctx.monitoring.get(s.record.key);
  return !m || !m.required || m.ok.length > 0;
}
function coverage2(ctx, findings) {
  const unverifiable = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.type === "unverifiable" && f.record) unverifiable.set(f.record.kind, (unverifiable.get(f.record.kind) ?? 0) + 1);
  return RECORD_KINDS.map((kind) => {
    const states = ctx.states.filter((s) => s.record.kind === kind);
    const liveRecorded = states.filter((s) => s.seenFresh);
    const unrecorded = ctx.unrecorded.filter((g) => g.some((a) => a.inventory && a.asset.kind === kind && a.source.trusted && a.asset.active !== false)).length;
    const live = liveRecorded.length + unrecorded;
    const ownedN = liveRecorded.filter((s) => owned(s, ctx)).length;
    const monitoredN = liveRecorded.filter((s) => monitored(s, ctx)).length;
    const governed = liveRecorded.filter((s) => owned(s, ctx) && monitored(s, ctx)).length;
    return {
      kind,
      live,
      recorded: liveRecorded.length,
      owned: ownedN,
      monitored: monitoredN,
      unverifiable: unverifiable.get(kind) ?? 0,
      records: states.length,
      governedCoverage: live === 0 ? null : Math.round(governed / live * 1e4) / 1e4
    };
  });
}
function attestations(ctx) {
  return ctx.states.map((s) => {
    const r = s.record;
    const o = s.ownership;
    const m = ctx.monitoring.get(r.key);
    const ownershipProof = o.line === null ? "no CODEOWNERS rule matches" : o.owners.length === 0 ? `CODEOWNERS line ${o.line} removes ownership` : `CODEOWNERS line ${o.line} (${o.pattern})${o.catchAll ? ", a catch-all" : ""}`;
    let retirement = null;
    if (r.lifecycle === "retired") {
      const trusted = s.scope.filter((j) => j.trusted);
      if (s.view.active?.value === true) retirement = { proof: `still enabled in ${s.view.active.source}`, at: s.view.active.at };
      else if (s.seenFresh) retirement = { proof: `present but disabled in ${s.view.inventory.filter((a) => a.source.trusted).map((a) => a.source.label).join(", ")}`, at: s.view.active?.at ?? null };
      else if (trusted.length) retirement = { proof: `absent from fresh, complete ${trusted.map((j) => j.label).join(", ")}`, at: trusted.map((j) => j.snapshot.collectedAt ?? "").sort()[0] || null };
      else retirement = { proof: `unverified: no fresh, complete source covers it${r.retiredAt ? ` (retired ${day(r.retiredAt)})` : ""}`, at: null };
    }
    return {
      record: r.key,
      file: r.location.file,
      line: r.location.line,
      ownership: { owners: o.owners, codeownersLine: o.line, proof: ownershipProof },
      monitoring: m?.ok[0] ? { proof: `${m.ok[0].fact} (${m.ok[0].source})`, at: m.ok[0].at } : null,
      retirement,
      liveMatches: [...new Set(s.view.inventory.map((a) => `${a.source.label}:${a.asset.id}`))].sort()
    };
  });
}

// src/model/finding.ts
var FINDING_TYPES = [
  "retired-but-active",
  "unrecorded-asset",
  "missing-asset",
  "ownerless",
  "owner-unresolvable",
  "owner-conflict",
  "unmonitored",
  "stale-credential",
  "rotation-overdue",
  "permission-drift",
  "toolset-drift",
  "version-drift",
  "approval-expired",
  "secret-in-code",
  "ambiguous-match",
  "unverifiable",
  "suppression-expired"
];

// src/reconcile/catalog.ts
var ENTRIES = {
  "retired-but-active": {
    title: "Retired but still active",
    description: "The record says this asset is retired or revoked, or deprecated past its sunset date, yet the live asset is still enabled and was used after that date (plus the grace period).",
    why: "Retiring a record is a promise that the asset is gone. A live identity or endpoint that everyone believes is switched off has nobody watching it and no approval behind it: exactly the forgotten access attackers look for.",
    evidence: "The record's lifecycle and its `retiredAt` or `sunsetAt` date; the live asset's enabled state; the last activity or traffic after that date, with the source and collection time.",
    fix: "Finish the retirement: disable or delete the live asset (revoke the key, delete the endpoint, disable the service account) and let the next snapshot confirm it. If the asset is still needed, make the record active again through a reviewed pull request, with a current owner and approval.",
    defaultSeverity: "critical",
    standards: { owaspNhi: ["NHI1:2025", "NHI7:2025"], nistCsf: ["ID.AM-08", "PR.PS-02", "PR.AA-01"] }
  },
  "unrecorded-asset": {
    title: "Unrecorded (shadow) asset",
    description: "A live asset of a governed kind (model, model endpoint, service account, credential or agent) matches no governance record and no active suppression.",
    why: "An asset nobody recorded has no declared owner, purpose, approval or monitoring. Shadow identities and agents are where access outlives its reason and where misuse goes unnoticed.",
    evidence: "The snapshot item: source, collection time, live id, the identifiers tried for matching, and creation and last-activity times where the source knows them.",
    fix: "If the asset is legitimate, adopt it: add a manifest with an owner (blindspot proposes one in an adopt pull request). If the record exists but lacks this id, add the id to `spec.identifiers`. If nobody claims the asset, disable it, and delete it after a waiting period.",
    defaultSeverity: "high",
    standards: { owaspNhi: ["NHI1:2025"], nistCsf: ["ID.AM-02", "DE.CM-09", "PR.AA-01"] }
  },
  "missing-asset": {
    title: "Recorded asset not found live",
    description: "The record is active, a fresh and complete snapshot covering its kind was read, and no live asset matches any of its identifiers.",
    why: "A record for something that no longer exists makes the inventory lie: coverage looks better than it is, and owners keep answering for an asset that is gone, or that now runs under an id nobody recorded.",
    evidence: "The record's identifiers, and the sources covering its kind with their collection time and completeness.",
    fix: "If the asset was decommissioned, merge the proposed retirement pull request (it sets `lifecycle: retired` and `retiredAt`). If it still exists under another id, add that id to `spec.identifiers`. If the export does not reach the asset, widen the export scope.",
    defaultSeverity: "medium",
    standards: { owaspNhi: [], nistCsf: ["ID.AM-02", "ID.AM-08"] }
  },
  ownerless: {
    title: "No owner",
    description: "No CODEOWNERS rule gives the record's manifest an owner, or only a catch-all rule does and the configuration does not count catch-alls as owners.",
    why: "Without an accountable owner nobody reviews changes, answers for the asset in an incident, or decides when it should be retired. Ownerless machine identities are the main source of access that outlives its purpose.",
    evidence: "The manifest path and how CODEOWNERS resolved it: the matching line and pattern, if any.",
    fix: "Add a CODEOWNERS rule that names a team (preferred) or a user for the manifest; blindspot can propose it in a pull request. Keep `spec.owner`, if set, in step with it.",
    defaultSeverity: "medium",
    standards: { owaspNhi: ["NHI1:2025"], nistCsf: ["GV.RR-02", "PR.AA-01"] }
  },
  "owner-unresolvable": {
    title: "Owner cannot be resolved",
    description: "An owner handle is malformed, or is not a member or team of the organisation according to the membership data provided.",
    why: "An owner that does not exist, or has left, is no owner: notifications go nowhere and reviews cannot be requested. Leavers are the classic offboarding gap for machine identities.",
    evidence: "The handle, where it came from (CODEOWNERS line or `spec.owner`) and the membership source that failed to resolve it.",
    fix: "Replace the handle with a current team or user in CODEOWNERS and in the manifest. If the owner left, hand the asset over before changing it: a departed owner does not prove the asset is unused.",
    defaultSeverity: "medium",
    standards: { owaspNhi: ["NHI1:2025"], nistCsf: ["GV.RR-02", "GV.RR-04"] }
  },
  "owner-conflict": {
    title: "Conflicting owners",
    description: "The owner in `spec.owner`, the CODEOWNERS owners of the manifest, and the owner hints on the live asset (tags, labels) do not agree.",
    why: "CODEOWNERS decides ownership, but conflicting claims mean people act on different answers: the wrong team is paged, or each team assumes the other one handles it.",
    evidence: "Each claimed owner with its source: the manifest field, the CODEOWNERS line, the live tag.",
    fix: "Decide who owns the asset, then make the sources agree: update CODEOWNERS or `spec.owner`, and correct the owner tag on the live asset.",
    defaultSeverity: "low",
    standards: { owaspNhi: [], nistCsf: ["GV.RR-02"] }
  },
  unmonitored: {
    title: "Not monitored",
    description: "The record has no monitoring evidence, or its evidence (`spec.monitoring`, or a matching monitor in a snapshot) is older than the policy allows.",
    why: "Misuse of an unmonitored identity, endpoint or agent goes unseen until the damage is done. Monitoring evidence is what lets an owner claim the asset is watched.",
    evidence: "The `spec.monitoring` entries with their verification dates, the monitors found in snapshots, and the maximum age the policy allows.",
    fix: "Add an alert or monitor for the asset, record it in `spec.monitoring` with the date it was verified, and verify it again before the policy age runs out.",
    defaultSeverity: "medium",
    standards: { owaspNhi: [], nistCsf: ["DE.CM-09", "DE.CM-03"] }
  },
  "stale-credential": {
    title: "Stale credential",
    description: "An active credential or service account has not been used for longer than the policy allows (90 days by default), or was never used after its grace period.",
    why: "Unused access serves nobody, yet a leaked copy still works. Stale credentials are the cheapest risk to remove.",
    evidence: "The creation time, the last-used time and the source that reported it, and the policy threshold.",
    fix: "Disable the credential, wait to see whether anything breaks, then delete it and retire its record. If it is needed but rarely used, keep it and prefer short-lived credentials issued on demand.",
    defaultSeverity: "medium",
    standards: { owaspNhi: ["NHI1:2025", "NHI7:2025"], nistCsf: ["PR.AA-01"] }
  },
  "rotation-overdue": {
    title: "Rotation overdue",
    description: "The credential is older than the rotation policy allows (90 days by default), or is past the expiry its record declares while still active.",
    why: "Long-lived secrets collect copies in laptops, logs and CI caches; the longer a key lives, the more likely it has leaked somewhere.",
    evidence: "The creation, last-rotation and expiry times, and the rotation period the policy sets.",
    fix: "Rotate: issue a new key, roll it out to every consumer, revoke the old one, and update `rotatedAt` in the record. Better still, replace the static key with short-lived or federated credentials (OIDC).",
    defaultSeverity: "medium",
    standards: { owaspNhi: ["NHI7:2025"], nistCsf: ["PR.AA-01"] }
  },
  "permission-drift": {
    title: "Permission drift",
    description: "The live permissions or data access of the asset exceed the approved set in `spec.approval`.",
    why: "Privileges granted outside review are how least privilege erodes, and an over-privileged identity turns a small leak into a large breach.",
    evidence: "The approved permissions, the live permissions, and the grants that exceed the approval.",
    fix: "Remove the extra grants. If they are genuinely needed, extend `spec.approval.permissions` through a reviewed pull request so the approval matches reality.",
    defaultSeverity: "high",
    standards: { owaspNhi: ["NHI5:2025"], nistCsf: ["PR.AA-05"] }
  },
  "toolset-drift": {
    title: "Agent toolset drift",
    description: "The live tools, MCP servers or data sources of an agent differ from those in its approval.",
    why: "An agent's tools define what it can do on someone else's behalf. A tool or data source added after review is a capability nobody approved; a missing one can mean an older, unreviewed configuration is running.",
    evidence: "The approved and live tools, MCP servers and data sources, with the items added and removed.",
    fix: "Roll the agent back to its approved configuration, or update `spec.approval` (`tools`, `mcpServers`, `dataSources`) through a reviewed pull request.",
    defaultSeverity: "high",
    standards: { owaspNhi: ["NHI5:2025", "NHI3:2025"], nistCsf: ["PR.AA-05", "PR.PS-01", "DE.CM-09"] }
  },
  "version-drift": {
    title: "Model version drift",
    description: "The endpoint serves a model or model version other than the one its record approves in `spec.expected`.",
    why: "An unapproved model in production has skipped evaluation and sign-off, and the record no longer describes what users actually get.",
    evidence: "The expected model and version, the live model and version, and the endpoint that serves them.",
    fix: "Redeploy the approved version, or approve the new one by updating `spec.expected` (and the model's record) in a reviewed pull request.",
    defaultSeverity: "high",
    standards: { owaspNhi: [], nistCsf: ["PR.PS-01", "ID.AM-08"] }
  },
  "approval-expired": {
    title: "Approval expired",
    description: "The record's approval is past `spec.approval.expiresAt` while the asset is still live.",
    why: "An approval is a time-boxed decision. Once it lapses, nobody has confirmed that the asset is still needed or still scoped correctly.",
    evidence: "The approval reference and expiry date, and the live evidence that the asset still runs.",
    fix: "Review the asset again and renew the approval with a new `ref` and `expiresAt`, or retire the asset.",
    defaultSeverity: "high",
    standards: { owaspNhi: ["NHI1:2025"], nistCsf: ["PR.AA-05", "ID.AM-08"] }
  },
  "secret-in-code": {
    title: "Secret in code",
    description: "Key material of a credential was found in a repository or pipeline file by a secret scanner.",
    why: "A secret in a file can be read by everyone with access to the repository, its forks, clones and history. Treat it as compromised.",
    evidence: "The scanner, the file and line of the hit, the scanner rule that matched, and a keyed fingerprint of the secret (never the secret itself).",
    fix: "Revoke and rotate the credential first: deleting the line does not un-leak it. Then remove it from the file (and from history where policy requires) and load it from a secret store instead.",
    defaultSeverity: "critical",
    standards: { owaspNhi: ["NHI2:2025"], nistCsf: ["PR.AA-01", "PR.DS-01"] }
  },
  "ambiguous-match": {
    title: "Ambiguous match",
    description: "One live asset matches several records, or one record matches several live assets, so records and live assets cannot be joined reliably.",
    why: "No other check on these assets can be trusted until each live asset maps to exactly one record, and duplicates hide which owner answers for what.",
    evidence: "The identifiers that matched, and every record and live asset involved.",
    fix: "Make identifiers unique: remove the shared id from all but one record, or split the record so that each live asset has its own.",
    defaultSeverity: "medium",
    standards: { owaspNhi: [], nistCsf: ["ID.AM-02"] }
  },
  unverifiable: {
    title: "Unverifiable record",
    description: "No fresh, complete snapshot covers this record's kind, so its live state could not be checked. An unverifiable record is never reported as clean.",
    why: "A missing, stale, failed or truncated export looks exactly like a clean one unless it is called out. Partial visibility must not read as compliance.",
    evidence: "The sources for the kind, with their status (stale, incomplete or failed) and collection times.",
    fix: "Add or repair the discovery export for this kind, make sure it is complete (no truncated pages), and run it often enough to stay within the snapshot age policy.",
    defaultSeverity: "low",
    standards: { owaspNhi: [], nistCsf: ["DE.CM-09", "ID.AM-02"] }
  },
  "suppression-expired": {
    title: "Suppression expired or unused",
    description: "A suppression is past its expiry date, or matches no finding.",
    why: "Exceptions must be temporary and visible. An expired suppression is a risk acceptance that lapsed without a new decision; one that matches nothing is dead configuration that may later hide an unrelated finding.",
    evidence: "Where the suppression is written, its reason, owner and expiry, and how many findings it matched.",
    fix: "Delete the suppression, or renew it with a new expiry and reason after reviewing the finding again.",
    defaultSeverity: "low",
    standards: { owaspNhi: [], nistCsf: ["ID.RA-07"] }
  }
};
var FINDING_CATALOG = FINDING_TYPES.map((type) => catalogEntryFresh(type));
var BY_TYPE = new Map(FINDING_CATALOG.map((e) => [e.type, e]));
function catalogEntryFresh(type) {
  const e = ENTRIES[type];
  return {
    type,
    title: e.title,
    description: e.description,
    why: e.why,
    evidence: e.evidence,
    fix: e.fix,
    defaultSeverity: e.defaultSeverity,
    standards: { owaspNhi: [...e.standards.owaspNhi], nistCsf: [...e.standards.nistCsf] }
  };
}
function catalogEntry(type) {
  const entry = BY_TYPE.get(type);
  if (!entry) throw new Error(`unknown finding type: ${String(type)}`);
  return entry;
}
function standardsFor(type) {
  const s = catalogEntry(type).standards;
  return { owaspNhi: [...s.owaspNhi], nistCsf: [...s.nistCsf] };
}

// src/reconcile/findings.ts
function fingerprintOf(type, recordKey2, assetKey) {
  return sha256Hex(`${type}|${recordKey2}|${assetKey}`);
}
function buildFinding(d, config, ownership) {
  let severity = catalogEntry(d.type).defaultSeverity;
  let severityRule = "default";
  if (d.severity) {
    severity = d.severity.level;
    severityRule = `rule:${d.severity.rule}`;
  }
  const override = config.severity[d.type];
  if (override) {
    severity = override;
    severityRule = `config:severity.${d.type}`;
  }
  const finding2 = {
    type: d.type,
    severity,
    severityRule,
    fingerprint: fingerprintOf(d.type, d.record?.key ?? "", d.assetKey),
    title: d.title,
    evidence: d.evidence,
    remediation: d.remediation,
    standards: standardsFor(d.type)
  };
  if (d.record) {
    const o = ownership(d.record.location.file);
    finding2.record = {
      kind: d.record.kind,
      name: d.record.name,
      file: d.record.location.file,
      line: d.record.location.line,
      owners: o.owners,
      codeownersLine: o.line
    };
  }
  if (d.asset) {
    const a = d.asset;
    finding2.asset = {
      kind: a.asset.kind,
      source: a.source.label,
      id: a.asset.id,
      collectedAt: a.source.snapshot.collectedAt,
      ...a.asset.evidence?.file ? { file: a.asset.evidence.file } : {},
      ...a.asset.evidence?.line ? { line: a.asset.evidence.line } : {}
    };
  }
  return finding2;
}
function issueOnly(summary) {
  return { action: "issue", summary, change: { kind: "none" } };
}

// src/reconcile/link.ts
function attr2(a, key2) {
  return a.attributes?.[key2];
}
function linkAccessKeySlots(assets) {
  const slotsByUser = /* @__PURE__ */ new Map();
  const keysByUser = /* @__PURE__ */ new Map();
  for (const a of assets) {
    if (a.kind !== "Credential" || attr2(a, "credentialType") !== "aws-access-key") continue;
    const user = attr2(a, "userName");
    if (typeof user !== "string") continue;
    const slot = attr2(a, "slot");
    const target = typeof slot === "number" ? slotsByUser : /^A[KS]IA[A-Z0-9]{16}$/.test(a.id) ? keysByUser : null;
    if (!target) continue;
    const list3 = target.get(user);
    if (list3) list3.push(a);
    else target.set(user, [a]);
  }
  let linked = 0;
  for (const [user, slots] of slotsByUser) {
    const keys = [...new Map((keysByUser.get(user) ?? []).filter((k) => k.createdAt).map((k) => [k.id, k])).values()];
    if (keys.length === 0) continue;
    const byOrder = [...keys].sort((a, b) => a.createdAt < b.createdAt ? -1 : 1);
    for (const s of slots) {
      const exact = keys.filter((k) => s.rotatedAt && k.createdAt && Date.parse(k.createdAt) === Date.parse(s.rotatedAt));
      const key2 = exact.length === 1 ? exact[0] : exact.length === 0 && slots.length === byOrder.length ? byOrder[attr2(s, "slot") - 1] : void 0;
      if (key2 && !s.identifiers.includes(key2.id)) {
        s.identifiers = [...s.identifiers, key2.id];
        linked++;
      }
    }
  }
  return linked;
}

// src/reconcile/match.ts
function key(kind, id) {
  return kind + "\0" + id;
}
function wrap(asset, source3) {
  const ids2 = [];
  for (const raw of asset.identifiers) {
    const n = normalizeIdentifier(raw);
    if (!ids2.includes(n)) ids2.push(n);
  }
  return { asset, source: source3, inventory: source3.snapshot.covers.includes(asset.kind), ids: ids2 };
}
function indexRecords(records) {
  const index = /* @__PURE__ */ new Map();
  for (const r of records) {
    const ids2 = new Set(r.identifiers.map(normalizeIdentifier));
    if (r.credential?.secretFingerprint) ids2.add(r.credential.secretFingerprint);
    for (const id of ids2) {
      const k = key(r.kind, id);
      const list3 = index.get(k);
      if (!list3) index.set(k, [r]);
      else if (!list3.includes(r)) list3.push(r);
    }
  }
  return index;
}
function hits(index, a) {
  let out;
  for (const id of a.ids) {
    const rs = index.get(key(a.asset.kind, id));
    if (!rs) continue;
    if (!out) out = [...rs];
    else for (const r of rs) if (!out.includes(r)) out.push(r);
  }
  return out ?? [];
}
function matchAssets(records, assets) {
  const index = indexRecords(records);
  const views = /* @__PURE__ */ new Map();
  const ambiguities = [];
  const evidence3 = [];
  const pendingEnrichment = [];
  const unmatchedInventory = [];
  const attach = (r, a) => {
    const list3 = views.get(r.key);
    if (list3) list3.push(a);
    else views.set(r.key, [a]);
  };
  for (const a of assets) {
    if (!isRecordKind(a.asset.kind)) {
      evidence3.push(a);
      continue;
    }
    const rs = hits(index, a);
    if (rs.length === 1) attach(rs[0], a);
    else if (rs.length > 1) ambiguities.push({ asset: a, records: rs, direction: "asset" });
    else if (a.inventory) unmatchedInventory.push(a);
    else pendingEnrichment.push(a);
  }
  const extended = /* @__PURE__ */ new Map();
  const byKey = new Map(records.map((r) => [r.key, r]));
  for (const [rk, list3] of views) {
    const r = byKey.get(rk);
    for (const a of list3) {
      if (!a.inventory) continue;
      const linked = a.asset.kind === "Agent" ? (a.asset.mcpServers ?? []).map((s) => `mcp:${s}`) : [];
      for (const id of [...a.ids, ...linked]) {
        const k = key(a.asset.kind, id);
        const prev = extended.get(k);
        extended.set(k, prev === void 0 || prev === r ? r : null);
      }
    }
  }
  const leftover = [];
  for (const a of pendingEnrichment) {
    let target;
    for (const id of a.ids) {
      const r = extended.get(key(a.asset.kind, id));
      if (r === void 0) continue;
      target = target === void 0 || target === r ? r : null;
    }
    if (target) attach(target, a);
    else leftover.push(a);
  }
  for (const r of records) {
    const list3 = views.get(r.key);
    if (!list3 || list3.length < 2) continue;
    for (const raw of r.identifiers) {
      const id = normalizeIdentifier(raw);
      const bySource = /* @__PURE__ */ new Map();
      for (const a of list3) {
        if (!a.inventory || !a.ids.includes(id)) continue;
        const t = a.source.snapshot.source.type;
        const m = bySource.get(t) ?? /* @__PURE__ */ new Map();
        m.set(a.asset.id, a);
        bySource.set(t, m);
      }
      for (const m of bySource.values()) {
        if (m.size < 2) continue;
        const [first, ...others] = [...m.values()].sort((x, y) => x.asset.id < y.asset.id ? -1 : 1);
        ambiguities.push({ asset: first, records: [r], direction: "identifier", identifier: id, others });
      }
    }
  }
  return { views, unrecorded: groupUnrecorded(unmatchedInventory, leftover), ambiguities, evidence: evidence3 };
}
function groupUnrecorded(inventory, fragments) {
  const parent = inventory.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const owner = /* @__PURE__ */ new Map();
  inventory.forEach((a, i) => {
    for (const id of a.ids) {
      const k = key(a.asset.kind, id);
      const j = owner.get(k);
      if (j === void 0) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  inventory.forEach((a, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(a);
    else groups.set(root, [a]);
  });
  for (const f of fragments) {
    for (const id of f.ids) {
      const j = owner.get(key(f.asset.kind, id));
      if (j !== void 0) {
        groups.get(find(j)).push(f);
        break;
      }
    }
  }
  return [...groups.values()];
}

// src/reconcile/rules/ambiguity.ts
function ambiguousMatch(ctx) {
  return ctx.ambiguities.map((m) => {
    const keys = m.records.map((r2) => r2.key).sort();
    if (m.direction === "asset") {
      return {
        type: "ambiguous-match",
        asset: m.asset,
        assetKey: `${m.asset.asset.kind}:${m.asset.asset.id}|${keys.join(",")}`,
        title: `Live ${m.asset.asset.kind} ${m.asset.asset.name ?? m.asset.asset.id} matches ${keys.length} records`,
        evidence: [
          { fact: `live identifiers ${list2(m.asset.asset.identifiers)}`, source: m.asset.source.label, at: m.asset.source.snapshot.collectedAt },
          ...m.records.map((r2) => ({ fact: `claimed by ${r2.key}`, source: `${r2.location.file}:${r2.location.line}`, at: null }))
        ],
        remediation: issueOnly("Make exactly one record claim this asset: remove the shared identifier from the others.")
      };
    }
    const r = m.records[0];
    const all = [m.asset, ...m.others ?? []];
    return {
      type: "ambiguous-match",
      record: r,
      asset: m.asset,
      assetKey: `identifier:${m.identifier}`,
      title: `${r.kind} ${r.name}: identifier \`${m.identifier}\` matches ${all.length} live assets in ${m.asset.source.snapshot.source.type}`,
      evidence: all.map((a) => ({ fact: `matches live \`${a.asset.id}\``, source: a.source.label, at: a.source.snapshot.collectedAt })),
      remediation: issueOnly("Use an identifier that names exactly one live asset (a full ARN, email or namespace/name).")
    };
  });
}

// src/reconcile/rules/credentials.ts
var DAY = 864e5;
function staleCredential(ctx) {
  const p = ctx.config.policy;
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    if (r.kind !== "Credential" || r.lifecycle !== "active" || s.view.active?.value !== true) continue;
    const v = s.view;
    const created = v.createdAt?.value ?? r.credential?.issuedAt;
    if (created && ctx.now - Date.parse(created) < p.newCredentialGraceDays * DAY) continue;
    const facts = [{ fact: "live credential is enabled", source: v.active.source, at: v.active.at }];
    let title;
    if (v.lastUsedAt) {
      const age = ageDays(v.lastUsedAt.value, ctx.now);
      if (age < p.staleAfterDays) continue;
      facts.push({ fact: `last used ${when2(v.lastUsedAt.value)}, ${age} days ago (policy: ${p.staleAfterDays})`, source: v.lastUsedAt.source, at: v.lastUsedAt.at });
      title = `Credential ${r.name} has not been used for ${age} days`;
    } else if (v.neverUsed && created) {
      facts.push({ fact: `never used since it was created ${day(created)} (${ageDays(created, ctx.now)} days; grace ${p.newCredentialGraceDays})`, source: v.createdAt?.source ?? r.location.file, at: v.createdAt?.at ?? null });
      title = `Credential ${r.name} was never used`;
    } else continue;
    const retire = p.retireStaleCredentials;
    out.push({
      type: "stale-credential",
      record: r,
      asset: v.inventory[0],
      assetKey: "",
      title,
      evidence: facts,
      remediation: retire ? {
        action: "retire-pr",
        summary: "Revoke the credential, then merge the PR that marks the record retired (policy.retireStaleCredentials is on).",
        change: { kind: "retire", file: r.location.file, documentIndex: r.documentIndex, recordKey: r.key, retiredAt: ctx.nowIso.slice(0, 10) }
      } : issueOnly("Revoke it if nothing needs it (then retire the record), or record why it is idle.")
    });
  }
  return out;
}
function rotationOverdue(ctx) {
  const p = ctx.config.policy;
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    if (r.kind !== "Credential" || r.lifecycle !== "active") continue;
    const v = s.view;
    if (v.active?.value !== true) continue;
    const facts = [];
    const declaredExpiry = r.credential?.expiresAt;
    if (declaredExpiry && Date.parse(declaredExpiry) < ctx.now) {
      facts.push({ fact: `declared expiry ${day(declaredExpiry)} has passed, yet the credential is still enabled`, source: `${r.location.file}:${r.fields["spec.expiresAt"]?.line ?? r.location.line}`, at: null });
    }
    if (v.expiresAt && Date.parse(v.expiresAt.value) < ctx.now) {
      facts.push({ fact: `live expiry ${day(v.expiresAt.value)} has passed, yet the credential is reported enabled`, source: v.expiresAt.source, at: v.expiresAt.at });
    }
    const rotated = [v.rotatedAt?.value, r.credential?.rotatedAt, v.createdAt?.value, r.credential?.issuedAt].filter((x) => Boolean(x)).sort().pop();
    if (rotated) {
      const age = ageDays(rotated, ctx.now);
      if (age > p.rotationDays) facts.push({ fact: `last rotated ${day(rotated)}, ${age} days ago (policy: every ${p.rotationDays} days)`, source: v.rotatedAt?.source ?? v.createdAt?.source ?? r.location.file, at: v.rotatedAt?.at ?? null });
    }
    if (facts.length === 0) continue;
    out.push({
      type: "rotation-overdue",
      record: r,
      asset: v.inventory[0],
      assetKey: "",
      title: `Credential ${r.name} is overdue for rotation`,
      evidence: [{ fact: "live credential is enabled", source: v.active.source, at: v.active.at }, ...facts],
      remediation: issueOnly("Issue a new credential, move its consumers, revoke the old one, and update `rotatedAt` (or record the new credential).")
    });
  }
  return out;
}
function leakFact(a) {
  const at = a.asset.attributes ?? {};
  const file = at.file ?? a.asset.evidence?.file ?? "?";
  const line = at.line ?? a.asset.evidence?.line;
  const repo = at.repository ?? a.source.snapshot.source.scope;
  const commit = typeof at.commit === "string" && at.commit ? ` at commit ${at.commit.slice(0, 12)}` : "";
  const rule2 = at.rule ?? at.detector ?? a.asset.name;
  const verified = at.verified === true ? " (verified live by the scanner)" : "";
  return { fact: `${rule2 ? `${String(rule2)}: ` : ""}key material in ${repo ? `${String(repo)}:` : ""}${String(file)}${line ? `:${String(line)}` : ""}${commit}${verified}`, source: a.source.label, at: a.source.snapshot.collectedAt };
}
function secretInCode(ctx) {
  const out = [];
  for (const s of ctx.states) {
    if (s.secretFindings.length === 0) continue;
    const r = s.record;
    const hits2 = [...s.secretFindings].sort((a, b) => a.asset.id < b.asset.id ? -1 : 1);
    const live = s.view.active?.value === true;
    out.push({
      type: "secret-in-code",
      record: r,
      asset: hits2[0],
      assetKey: "",
      title: `Key material of credential ${r.name} is committed in code (${hits2.length} ${hits2.length === 1 ? "place" : "places"})`,
      evidence: [...hits2.map(leakFact), ...s.view.active ? [{ fact: `the credential is ${live ? "still enabled" : "disabled"}`, source: s.view.active.source, at: s.view.active.at }] : []],
      severity: live || s.view.active === void 0 ? void 0 : { level: "high", rule: "credential-disabled" },
      remediation: issueOnly("Rotate the credential now (treat it as compromised), remove it from the code and, where it matters, from git history; use a secret store or OIDC instead.")
    });
  }
  for (const a of ctx.orphanSecretFindings) {
    out.push({
      type: "secret-in-code",
      asset: a,
      assetKey: `SecretFinding:${a.asset.id}`,
      title: `Unrecorded secret committed in code: ${String(a.asset.attributes?.rule ?? a.asset.attributes?.detector ?? a.asset.name ?? "secret")} in ${String(a.asset.attributes?.file ?? a.asset.evidence?.file ?? "?")}`,
      evidence: [leakFact(a), { fact: "no credential record matches this secret (by key id or secret fingerprint)", source: "governance records", at: null }],
      remediation: issueOnly("Identify and rotate the credential, remove it from the code, and record it (or its replacement) as a Credential.")
    });
  }
  return out;
}

// src/reconcile/rules/drift.ts
var ADMIN = /(^|[/:])(cluster-admin|admin|administratoraccess|owner|roles\/owner|roles\/editor|\*)($|@)|:admin$/i;
function norm(s) {
  return s.trim().toLowerCase();
}
function extra(live, approved) {
  const ok = new Set((approved ?? []).map(norm));
  return [...live].filter(([v]) => !ok.has(norm(v))).sort((a, b) => a[0] < b[0] ? -1 : 1);
}
function missing(live, approved) {
  const have = new Set([...live.keys()].map(norm));
  return (approved ?? []).filter((v) => !have.has(norm(v))).sort();
}
function approvalRef(s) {
  const r = s.record;
  return `${r.location.file}:${r.fields["spec.approval"]?.line ?? r.location.line}`;
}
function isLive(s) {
  return s.view.active?.value === true && (s.record.lifecycle === "active" || s.record.lifecycle === "deprecated" || s.record.lifecycle === "proposed");
}
function permissionDrift(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    const a = r.approval;
    if (!a || r.kind === "Agent" || s.view.assets.length === 0) continue;
    const facts = [];
    const extraPerms = a.permissions ? extra(s.view.permissions, a.permissions) : [];
    for (const [p, src] of extraPerms) facts.push({ fact: `live permission \`${p}\` is not in the approval`, source: src, at: null });
    const extraData = a.dataSources ? extra(s.view.dataSources, a.dataSources) : [];
    for (const [d, src] of extraData) facts.push({ fact: `live data access \`${d}\` is not in the approval`, source: src, at: null });
    if (facts.length === 0) continue;
    const admin = extraPerms.some(([p]) => ADMIN.test(p));
    facts.unshift({ fact: `approved permissions: ${a.permissions?.length ? list2(a.permissions) : "none"}${a.ref ? ` (${a.ref})` : ""}`, source: approvalRef(s), at: null });
    out.push({
      type: "permission-drift",
      record: r,
      asset: s.view.inventory[0] ?? s.view.assets[0],
      assetKey: "",
      title: `${r.kind} ${r.name} holds ${extraPerms.length + extraData.length} grant${extraPerms.length + extraData.length === 1 ? "" : "s"} beyond its approval${admin ? ", including admin" : ""}`,
      evidence: facts,
      severity: admin ? { level: "critical", rule: "admin-grant" } : void 0,
      remediation: issueOnly(`Remove the extra grants (${extraPerms.concat(extraData).map(([p]) => `\`${p}\``).join(", ")}), or extend the approval through a reviewed PR.`)
    });
  }
  return out;
}
function toolsetDrift(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    if (r.kind !== "Agent" || s.view.assets.length === 0) continue;
    const a = r.approval;
    const v = s.view;
    const facts = [];
    let broader = 0;
    const compare = (label, live, approved, complete) => {
      if (!approved) return;
      for (const [x, src] of extra(live, approved)) {
        facts.push({ fact: `live ${label} \`${x}\` is not approved`, source: src, at: null });
        broader++;
      }
      if (complete && live.size > 0) for (const x of missing(live, approved)) facts.push({ fact: `approved ${label} \`${x}\` is not live`, source: approvalRef(s), at: null });
    };
    const toolsComplete = [...v.mcpServers.keys()].every((srv) => v.assets.some((x) => x.asset.id === `mcp:${srv}`));
    compare("MCP server", v.mcpServers, a?.mcpServers, true);
    compare("tool", v.tools, a?.tools, toolsComplete);
    compare("data source", v.dataSources, a?.dataSources, true);
    const expected = r.expected?.toolsetVersion;
    if (expected && v.version && norm(v.version.value) !== norm(expected)) {
      facts.push({ fact: `live toolset version \`${v.version.value}\`, approved \`${expected}\``, source: v.version.source, at: v.version.at });
    }
    if (facts.length === 0) continue;
    facts.unshift({ fact: `approval${a?.ref ? ` ${a.ref}` : ""}${a?.approvedAt ? ` (${day(a.approvedAt)})` : ""}: MCP servers ${list2(a?.mcpServers ?? [])}, tools ${list2(a?.tools ?? [])}, data ${list2(a?.dataSources ?? [])}`, source: approvalRef(s), at: null });
    out.push({
      type: "toolset-drift",
      record: r,
      asset: v.inventory[0] ?? v.assets[0],
      assetKey: "",
      title: broader > 0 ? `Agent ${r.name} runs ${broader} tool${broader === 1 ? "" : "s"} or data source${broader === 1 ? "" : "s"} its approval does not cover` : `Agent ${r.name} does not run the approved toolset`,
      evidence: facts,
      severity: broader > 0 ? void 0 : { level: "medium", rule: "narrower-than-approved" },
      remediation: issueOnly("Deploy the approved toolset (remove the unapproved MCP servers, tools and data sources), or get the broader toolset approved through a reviewed PR.")
    });
  }
  return out;
}
function versionDrift(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    if (r.kind !== "ModelEndpoint" || !r.expected || !isLive(s)) continue;
    const v = s.view;
    const facts = [];
    if (r.expected.model && v.model && norm(v.model.value) !== norm(r.expected.model)) {
      facts.push({ fact: `serves model \`${v.model.value}\`, approved \`${r.expected.model}\``, source: v.model.source, at: v.model.at });
    }
    if (r.expected.modelVersion && v.version && norm(v.version.value) !== norm(r.expected.modelVersion)) {
      facts.push({ fact: `serves version \`${v.version.value}\`, approved \`${r.expected.modelVersion}\``, source: v.version.source, at: v.version.at });
    }
    if (facts.length === 0) continue;
    out.push({
      type: "version-drift",
      record: r,
      asset: v.inventory[0],
      assetKey: "",
      title: `Endpoint ${r.name} serves a model other than the approved one`,
      evidence: facts,
      remediation: issueOnly("Deploy the approved model version, or update `spec.expected` through a reviewed PR once the live version is approved.")
    });
  }
  return out;
}
function approvalExpired(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    const exp = r.approval?.expiresAt;
    if (!exp || Date.parse(exp) >= ctx.now || !isLive(s)) continue;
    out.push({
      type: "approval-expired",
      record: r,
      asset: s.view.inventory[0],
      assetKey: "",
      title: `${r.kind} ${r.name} is live on an approval that expired ${day(exp)}`,
      evidence: [
        { fact: `approval${r.approval?.ref ? ` ${r.approval.ref}` : ""} expired ${day(exp)}`, source: approvalRef(s), at: null },
        { fact: "the live asset is enabled", source: s.view.active.source, at: s.view.active.at }
      ],
      remediation: issueOnly("Renew the approval (update `spec.approval` through a reviewed PR), or retire the asset.")
    });
  }
  return out;
}

// src/reconcile/rules/lifecycle.ts
function cutoffOf(s, ctx) {
  const r = s.record;
  if (r.lifecycle === "retired" && r.retiredAt) return { at: Date.parse(r.retiredAt), label: `retired ${day(r.retiredAt)}` };
  if (r.lifecycle === "deprecated" && r.sunsetAt && Date.parse(r.sunsetAt) < ctx.now) return { at: Date.parse(r.sunsetAt), label: `deprecated, sunset ${day(r.sunsetAt)}` };
  return null;
}
function activityAfter(s, after, served) {
  const facts = [];
  const v = s.view;
  if (v.lastUsedAt && Date.parse(v.lastUsedAt.value) > after) {
    facts.push({ fact: `last used ${when2(v.lastUsedAt.value)}`, source: v.lastUsedAt.source, at: v.lastUsedAt.at });
  }
  if (v.lastActivityAt && Date.parse(v.lastActivityAt.value) > after && v.lastActivityAt.value !== v.lastUsedAt?.value) {
    facts.push({ fact: `last activity ${when2(v.lastActivityAt.value)}`, source: v.lastActivityAt.source, at: v.lastActivityAt.at });
  }
  const t = v.traffic?.value;
  if (t && t.lastAt && Date.parse(t.lastAt) > after && t.count > 0) {
    facts.push({ fact: `${count(t.count)} invocations between ${t.start ? day(t.start) : "?"} and ${t.end ? day(t.end) : "?"}, the last on ${day(t.lastAt)}`, source: v.traffic.source, at: v.traffic.at });
  }
  for (const ref of s.secretReferences) {
    const at = ref.source.snapshot.collectedAt;
    if (at && Date.parse(at) > after) {
      const file = ref.asset.evidence?.file ?? "?";
      const job = ref.asset.attributes?.job;
      const line = ref.asset.evidence?.line;
      facts.push({ fact: `still used by CI: secret \`${ref.asset.name ?? ref.asset.id}\`${job ? ` in job \`${String(job)}\`` : ""} of \`${file}${line ? `:${line}` : ""}\``, source: ref.source.label, at });
    }
  }
  for (const e of served) {
    const t2 = e.view.traffic;
    if (t2 && t2.value.lastAt && Date.parse(t2.value.lastAt) > after && t2.value.count > 0) {
      facts.push({ fact: `served by endpoint \`${e.name}\` (model \`${e.view.model.value}\`): ${count(t2.value.count)} invocations, the last on ${day(t2.value.lastAt)}`, source: t2.source, at: t2.at });
    }
  }
  return facts;
}
function servingEndpoints(s, ctx) {
  if (s.record.kind !== "Model") return [];
  const ids2 = new Set(s.record.identifiers.map(normalizeIdentifier));
  return ctx.endpoints.filter((e) => e.view.active?.value === true && e.view.model && ids2.has(normalizeIdentifier(e.view.model.value)));
}
function primaryAsset(s) {
  return s.view.inventory[0] ?? s.view.assets[0];
}
function retiredButActive(ctx) {
  const out = [];
  const grace = ctx.config.policy.retiredGraceDays * DAY_MS;
  for (const s of ctx.states) {
    const cut = cutoffOf(s, ctx);
    if (!cut) continue;
    const served = servingEndpoints(s, ctx);
    const enabled = s.view.active?.value === true || served.length > 0;
    if (!enabled) continue;
    const facts = activityAfter(s, cut.at + grace, served);
    if (facts.length === 0) continue;
    const r = s.record;
    const state = [
      { fact: `record: lifecycle ${r.lifecycle}, ${cut.label}`, source: `${r.location.file}:${r.fields["spec.lifecycle"]?.line ?? r.location.line}`, at: null }
    ];
    if (s.view.active?.value) state.push({ fact: "live asset is enabled", source: s.view.active.source, at: s.view.active.at });
    const what = r.kind === "ModelEndpoint" ? "still serving traffic" : r.kind === "Model" ? "still served" : r.kind === "Credential" ? "still active and in use" : "still active";
    out.push({
      type: "retired-but-active",
      record: r,
      asset: primaryAsset(s) ?? served[0]?.view.inventory[0],
      assetKey: "",
      title: `${r.kind} ${r.name} is ${r.lifecycle} in the records but ${what}`,
      evidence: [...state, ...facts],
      remediation: issueOnly(
        r.kind === "Credential" ? `Revoke or deactivate the credential, remove it from CI secrets and code, then let the next snapshot confirm it.` : r.kind === "ModelEndpoint" || r.kind === "Model" ? `Delete the serving endpoint (or move its traffic) and confirm in the next snapshot; if it must stay, make the record active again through a reviewed PR.` : `Disable the live asset and confirm in the next snapshot; if it must stay, make the record active again through a reviewed PR.`
      )
    });
  }
  return out;
}
function missingAndUnverifiable(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    if (r.lifecycle === "proposed") continue;
    if (s.seenFresh) continue;
    const inScope = s.scope;
    const trusted = inScope.filter((j) => j.trusted);
    const untrusted = inScope.filter((j) => !j.trusted);
    const at = `${r.location.file}:${r.location.line}`;
    if (trusted.length > 0) {
      if (r.lifecycle === "retired") continue;
      const names = trusted.map((j) => j.label);
      out.push({
        type: "missing-asset",
        record: r,
        assetKey: "",
        title: `${r.kind} ${r.name} is ${r.lifecycle} in the records but no live asset matches it`,
        evidence: [
          { fact: `record: lifecycle ${r.lifecycle}, identifiers ${r.identifiers.map((i) => `\`${i}\``).join(", ")}`, source: at, at: null },
          ...trusted.map((j) => ({ fact: `not found in a fresh, complete export covering ${r.kind} (${j.health.assets} assets)`, source: j.label, at: j.snapshot.collectedAt }))
        ],
        remediation: {
          action: "retire-pr",
          summary: `Mark the record retired (a PR sets \`lifecycle: retired\` and \`retiredAt\`), or add the identifier the asset now has. Checked against ${names.join(", ")}.`,
          change: { kind: "retire", file: r.location.file, documentIndex: r.documentIndex, recordKey: r.key, retiredAt: ctx.nowIso.slice(0, 10) }
        }
      });
      continue;
    }
    const why = inScope.length === 0 ? `no discovery source covers ${r.kind} for ${r.identifiers.map((i) => `\`${i}\``).join(", ")}` : untrusted.map((j) => `${j.label} is ${j.health.status}${j.health.detail ? ` (${j.health.detail})` : ""}`).join("; ");
    out.push({
      type: "unverifiable",
      record: r,
      assetKey: "",
      title: `${r.kind} ${r.name} cannot be verified: ${inScope.length === 0 ? "no source covers it" : "its sources are stale or incomplete"}`,
      evidence: [
        { fact: `record: lifecycle ${r.lifecycle}`, source: at, at: null },
        ...inScope.length === 0 ? [{ fact: why, source: "blindspot", at: null }] : untrusted.map((j) => ({ fact: `${j.health.status}: ${j.health.detail ?? ""}`.trim(), source: j.label, at: j.snapshot.collectedAt })),
        ...s.view.inventory.map((a) => ({ fact: `last seen as \`${a.asset.id}\``, source: a.source.label, at: a.source.snapshot.collectedAt }))
      ],
      remediation: issueOnly(inScope.length === 0 ? `Add a discovery export that covers ${r.kind} (see \`blindspot snapshot formats\`), or refresh the existing one.` : `Refresh the export (${untrusted.map((j) => j.label).join(", ")}) so the record can be checked.`)
    });
  }
  return out;
}

// src/reconcile/rules/monitoring.ts
function monitorSystem(a) {
  return a.source.snapshot.source.type.split("-")[0].toLowerCase();
}
function referenceText(a) {
  const refs = a.asset.attributes?.references;
  return [a.asset.name ?? "", ...Array.isArray(refs) ? refs : typeof refs === "string" ? [refs] : []].join("\n");
}
function mentionTokens(s) {
  const out = /* @__PURE__ */ new Set([s.record.name]);
  for (const raw of s.record.identifiers) {
    const id = normalizeIdentifier(raw);
    out.add(id);
    const tail = id.split(/[/:]/).pop();
    if (tail) out.add(tail);
  }
  return [...out].filter((t) => t.length >= 4);
}
function mentions(a, tokens) {
  const text2 = referenceText(a);
  return tokens.some((t) => text2.includes(t));
}
function checkDeclared(m, s, ctx, tokens, out) {
  const system = m.system.toLowerCase();
  const ofSystem = ctx.monitors.filter((a) => monitorSystem(a) === system);
  const freshSources = [...new Set(ctx.sources.filter((j) => j.trusted && j.snapshot.covers.includes("Monitor") && j.snapshot.source.type.split("-")[0].toLowerCase() === system))];
  const ref = normalizeIdentifier(m.ref);
  if (freshSources.length > 0) {
    const found = ofSystem.filter((a) => a.source.trusted && (a.asset.id === m.ref || a.ids.includes(ref)));
    if (found.length === 0) {
      out.problems.push({ fact: `declared ${m.system} monitor \`${m.ref}\` does not exist in the export`, source: freshSources.map((j) => j.label).join(", "), at: freshSources[0].snapshot.collectedAt });
      return;
    }
    for (const a of found) {
      const label = `${m.system} monitor \`${a.asset.name ?? m.ref}\``;
      if (a.asset.active === false) {
        out.problems.push({ fact: `${label} is muted or silenced`, source: a.source.label, at: a.source.snapshot.collectedAt });
      } else if (!mentions(a, tokens)) {
        out.problems.push({ fact: `${label} does not reference this asset (looked for ${tokens.map((t) => `\`${t}\``).join(", ")})`, source: a.source.label, at: a.source.snapshot.collectedAt });
      } else {
        out.ok.push({ fact: `watched by ${label}`, source: a.source.label, at: a.source.snapshot.collectedAt });
      }
    }
    return;
  }
  const stale = ctx.sources.filter((j) => !j.trusted && j.snapshot.covers.includes("Monitor") && j.snapshot.source.type.split("-")[0].toLowerCase() === system);
  if (m.verifiedAt) {
    const age = ageDays(m.verifiedAt, ctx.now);
    if (age <= ctx.config.policy.monitoringMaxAgeDays) {
      out.ok.push({ fact: `${m.system} monitor \`${m.ref}\` verified by a human on ${day(m.verifiedAt)}`, source: `${s.record.location.file}`, at: m.verifiedAt });
    } else {
      out.problems.push({ fact: `${m.system} monitor \`${m.ref}\` was last verified ${day(m.verifiedAt)}, ${age} days ago (policy allows ${ctx.config.policy.monitoringMaxAgeDays})`, source: s.record.location.file, at: m.verifiedAt });
    }
    return;
  }
  out.problems.push({
    fact: stale.length ? `${m.system} monitor \`${m.ref}\` cannot be confirmed: the ${m.system} export is ${stale.map((j) => j.health.status).join("/")}` : `${m.system} monitor \`${m.ref}\` has no evidence: no ${m.system} export and no \`verifiedAt\``,
    source: stale.length ? stale.map((j) => j.label).join(", ") : s.record.location.file,
    at: null
  });
}
function monitoringOutcome(s, ctx) {
  const r = s.record;
  const required = ctx.config.policy.monitoringRequiredFor.includes(r.kind) && (r.lifecycle === "active" || r.lifecycle === "deprecated");
  const tokens = mentionTokens(s);
  const outcome = { required, ok: [], problems: [] };
  for (const m of r.monitoring) checkDeclared(m, s, ctx, tokens, outcome);
  const declared = new Set(r.monitoring.map((m) => `${m.system.toLowerCase()}:${normalizeIdentifier(m.ref)}`));
  for (const a of ctx.monitors) {
    if (!a.source.trusted || a.asset.active === false || declared.has(`${monitorSystem(a)}:${normalizeIdentifier(a.asset.id)}`)) continue;
    if (mentions(a, tokens)) outcome.ok.push({ fact: `watched by ${monitorSystem(a)} monitor \`${a.asset.name ?? a.asset.id}\` (found in the export, not declared)`, source: a.source.label, at: a.source.snapshot.collectedAt });
  }
  return outcome;
}
function unmonitored(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    const outcome = ctx.monitoring.get(r.key) ?? monitoringOutcome(s, ctx);
    if (!outcome.required || outcome.ok.length > 0) continue;
    const evidence3 = r.monitoring.length === 0 ? [{ fact: "the record declares no monitoring, and no monitoring export references it", source: r.location.file, at: null }] : outcome.problems;
    out.push({
      type: "unmonitored",
      record: r,
      assetKey: "",
      title: `${r.kind} ${r.name} has no current monitoring evidence`,
      evidence: evidence3,
      remediation: issueOnly(r.monitoring.length === 0 ? "Declare the monitor that watches it under `spec.monitoring` and make sure a monitoring export (Prometheus rules, Datadog monitors) includes it." : "Unmute or recreate the monitor, make it reference the asset, or update `spec.monitoring` (with `verifiedAt` for systems without an export).")
    });
  }
  return out;
}

// src/reconcile/rules/ownership.ts
var HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;
function codeownersRef(ctx, s) {
  return s.ownership.line !== null ? `${ctx.codeownersFile ?? "CODEOWNERS"}:${s.ownership.line}` : ctx.codeownersFile ?? "CODEOWNERS";
}
function proposeOwner(s, ctx) {
  const r = s.record;
  const known = (h) => ctx.members === null || ctx.members.has(h.toLowerCase());
  if (r.owner && HANDLE.test(r.owner) && known(r.owner)) return { owners: [r.owner], reason: `the manifest declares \`spec.owner: ${r.owner}\`` };
  const hints = [...s.view.ownerHints.entries()].filter(([h]) => HANDLE.test(h) && known(h)).sort();
  if (hints.length) return { owners: [hints[0][0]], reason: `the live asset names \`${hints[0][0]}\` (${hints[0][1]})` };
  const committers = (ctx.committers[r.location.file] ?? []).map((l) => l.startsWith("@") ? l : `@${l}`).filter((h) => HANDLE.test(h) && known(h));
  if (committers.length) return { owners: [committers[0]], reason: `\`${committers[0]}\` made the last human change to \`${r.location.file}\`` };
  const fb = ctx.config.ownership.fallbackOwner;
  if (fb) return { owners: [fb], reason: `no better candidate: the config's \`ownership.fallbackOwner\`` };
  return null;
}
function ownerless(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const o = s.ownership;
    const catchAllOnly = o.catchAll && !ctx.config.ownership.catchAllCountsAsOwner;
    if (o.owners.length > 0 && !catchAllOnly) continue;
    const r = s.record;
    const why = o.line === null ? "no CODEOWNERS rule matches this file" : o.owners.length === 0 ? `CODEOWNERS line ${o.line} (\`${o.pattern}\`) matches it with no owners, which removes ownership` : `only the catch-all \`${o.pattern}\` on CODEOWNERS line ${o.line} matches (${list2(o.owners)}); ownership.catchAllCountsAsOwner is false`;
    const proposal = proposeOwner(s, ctx);
    const evidence3 = [{ fact: why, source: codeownersRef(ctx, s), at: null }];
    if (r.owner) evidence3.push({ fact: `the manifest declares \`spec.owner: ${r.owner}\`, which CODEOWNERS does not reflect`, source: `${r.location.file}:${r.fields["spec.owner"]?.line ?? r.location.line}`, at: null });
    out.push({
      type: "ownerless",
      record: r,
      assetKey: "",
      title: `${r.kind} ${r.name} has no owner in CODEOWNERS`,
      evidence: evidence3,
      remediation: proposal ? {
        action: "assign-owner-pr",
        summary: `A PR adds \`/${r.location.file} ${proposal.owners.join(" ")}\` to CODEOWNERS: ${proposal.reason}.`,
        change: { kind: "assign-owner", file: r.location.file, owners: proposal.owners, reason: proposal.reason }
      } : issueOnly(`Add a CODEOWNERS line for \`/${r.location.file}\` naming the team that runs it (set \`ownership.fallbackOwner\` to let blindspot propose one).`)
    });
  }
  return out;
}
function ownerUnresolvable(ctx) {
  if (ctx.members === null) return [];
  const out = [];
  for (const s of ctx.states) {
    const r = s.record;
    const named = /* @__PURE__ */ new Map();
    for (const o of s.ownership.owners) if (o.startsWith("@")) named.set(o, codeownersRef(ctx, s));
    if (r.owner?.startsWith("@")) named.set(r.owner, `${r.location.file}:${r.fields["spec.owner"]?.line ?? r.location.line}`);
    const unknown = [...named].filter(([h]) => !ctx.members.has(h.toLowerCase())).sort();
    if (unknown.length === 0) continue;
    out.push({
      type: "owner-unresolvable",
      record: r,
      assetKey: "",
      title: `${r.kind} ${r.name} names ${unknown.length === 1 ? "an owner" : "owners"} that cannot be resolved: ${unknown.map(([h]) => h).join(", ")}`,
      evidence: unknown.map(([h, src]) => ({ fact: `\`${h}\` is not a member or team of the organisation`, source: src, at: null })),
      remediation: issueOnly("Replace the handle with a current user or team that has write access, in CODEOWNERS (and `spec.owner` if set).")
    });
  }
  return out;
}
function ownerConflict(ctx) {
  const out = [];
  for (const s of ctx.states) {
    const o = s.ownership;
    if (o.owners.length === 0) continue;
    const r = s.record;
    const official = new Set(o.owners.map((x) => x.toLowerCase()));
    const evidence3 = [];
    if (r.owner && !official.has(r.owner.toLowerCase())) {
      evidence3.push({ fact: `the manifest declares \`spec.owner: ${r.owner}\``, source: `${r.location.file}:${r.fields["spec.owner"]?.line ?? r.location.line}`, at: null });
    }
    for (const [hint, src] of [...s.view.ownerHints].sort()) {
      if (HANDLE.test(hint) && !official.has(hint.toLowerCase())) evidence3.push({ fact: `the live asset names \`${hint}\` as owner`, source: src, at: null });
    }
    if (evidence3.length === 0) continue;
    evidence3.unshift({ fact: `CODEOWNERS gives ${list2(o.owners)}${o.pattern ? ` (\`${o.pattern}\`)` : ""}`, source: codeownersRef(ctx, s), at: null });
    out.push({
      type: "owner-conflict",
      record: r,
      assetKey: "",
      title: `${r.kind} ${r.name}: owners disagree (CODEOWNERS says ${o.owners.join(", ")})`,
      evidence: evidence3,
      remediation: issueOnly("Decide who owns it and make CODEOWNERS, `spec.owner` and the live owner tag say the same.")
    });
  }
  return out;
}

// src/reconcile/view.ts
function later(a, value, when3, source3, at) {
  if (value === null || value === void 0 || when3 === null || when3 === void 0) return a;
  if (!a || String(when3) > String(a.value)) return { value, source: source3, at };
  return a;
}
function addAll(m, values, source3) {
  for (const v of values ?? []) if (!m.has(v)) m.set(v, source3);
}
function mergeView(assets) {
  const view = {
    assets,
    inventory: assets.filter((a) => a.inventory),
    neverUsed: false,
    permissions: /* @__PURE__ */ new Map(),
    tools: /* @__PURE__ */ new Map(),
    dataSources: /* @__PURE__ */ new Map(),
    mcpServers: /* @__PURE__ */ new Map(),
    ownerHints: /* @__PURE__ */ new Map()
  };
  let activeAt = "";
  let usageKnown = 0;
  let neverCount = 0;
  const ordered = [...assets].sort((a, b) => (a.source.snapshot.collectedAt ?? "") > (b.source.snapshot.collectedAt ?? "") ? -1 : (a.source.snapshot.collectedAt ?? "") < (b.source.snapshot.collectedAt ?? "") ? 1 : a.source.label < b.source.label ? -1 : a.source.label > b.source.label ? 1 : a.asset.id < b.asset.id ? -1 : 1);
  for (const s of ordered) {
    const a = s.asset;
    const src = s.source.label;
    const at = s.source.snapshot.collectedAt;
    if (a.active !== void 0 && (view.active === void 0 || (at ?? "") > activeAt)) {
      view.active = { value: a.active, source: src, at };
      activeAt = at ?? "";
    }
    if (a.lastUsedAt !== void 0) {
      usageKnown++;
      if (a.lastUsedAt === null) neverCount++;
      view.lastUsedAt = later(view.lastUsedAt, a.lastUsedAt, a.lastUsedAt, src, at);
    }
    view.lastActivityAt = later(view.lastActivityAt, a.lastActivityAt, a.lastActivityAt, src, at);
    if (a.traffic) {
      const t = a.traffic;
      const prev = view.traffic;
      if (!prev || (t.lastAt ?? "") > (prev.value.lastAt ?? "") || t.lastAt === prev.value.lastAt && t.count > prev.value.count) {
        view.traffic = { value: { count: t.count, start: t.window.start, end: t.window.end, lastAt: t.lastAt ?? null }, source: src, at };
      }
    }
    if (a.createdAt && (!view.createdAt || a.createdAt < view.createdAt.value)) view.createdAt = { value: a.createdAt, source: src, at };
    view.rotatedAt = later(view.rotatedAt, a.rotatedAt, a.rotatedAt, src, at);
    if (a.expiresAt && (!view.expiresAt || a.expiresAt < view.expiresAt.value)) view.expiresAt = { value: a.expiresAt, source: src, at };
    addAll(view.permissions, a.permissions, src);
    addAll(view.tools, a.tools, src);
    addAll(view.dataSources, a.dataSources, src);
    addAll(view.mcpServers, a.mcpServers, src);
    addAll(view.ownerHints, a.ownerHints, src);
    if (a.model && !view.model && s.inventory) view.model = { value: a.model, source: src, at };
    if (a.version && !view.version && s.inventory) view.version = { value: a.version, source: src, at };
  }
  view.neverUsed = usageKnown > 0 && neverCount === usageKnown;
  if (view.neverUsed) view.lastUsedAt = void 0;
  return view;
}

// src/reconcile/rules/unrecorded.ts
var KIND_DIRS = {
  Model: "models",
  ModelEndpoint: "endpoints",
  ServiceAccount: "service-accounts",
  Credential: "credentials",
  Agent: "agents"
};
function manifestName(raw) {
  const tail = raw.split(/[/:#]/).filter(Boolean).pop() ?? raw;
  const base = (tail.includes("@") ? tail.split("@")[0] : tail).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "").slice(0, 63);
  return base || "unnamed";
}
function directoryFor(kind, ctx) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of ctx.states) {
    if (s.record.kind !== kind) continue;
    const dir = s.record.location.file.split("/").slice(0, -1).join("/");
    counts.set(dir, (counts.get(dir) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return best[0];
  const root = ctx.config.manifests[0]?.split("/")[0]?.replace(/[*?{].*/, "") || "governance";
  return `${root}/${KIND_DIRS[kind]}`;
}
function yamlString(s) {
  return /^[A-Za-z0-9@._/:#+-]+$/.test(s) && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s) && !/^[\d.+-]+$/.test(s) ? s : JSON.stringify(s);
}
function adoptManifest(kind, name, group) {
  const view = mergeView(group);
  const ids2 = [...new Set(group.filter((a) => a.inventory).flatMap((a) => a.asset.identifiers))].sort();
  const sources = [...new Set(group.map((a) => a.source.label))].sort();
  const env = group.find((a) => a.asset.environment)?.asset.environment;
  const lines = [
    "# yaml-language-server: $schema=https://blindspot.dev/schema/manifest.schema.json",
    `# Proposed by blindspot from live discovery (${sources.join(", ")}).`,
    "# Review the facts, set the owner in CODEOWNERS, then change lifecycle to active.",
    "apiVersion: blindspot.dev/v1",
    `kind: ${kind}`,
    "metadata:",
    `  name: ${name}`,
    "spec:",
    "  lifecycle: proposed",
    "  identifiers:",
    ...ids2.map((i) => `    - ${yamlString(i)}`)
  ];
  if (env) lines.push(`  environment: ${yamlString(env)}`);
  const hints = [...view.ownerHints.keys()].sort();
  if (hints.length) lines.push(`  # owner hints from live data: ${hints.join(", ")}`);
  const perms = [...view.permissions.keys()].sort();
  const tools = [...view.tools.keys()].sort();
  const data = [...view.dataSources.keys()].sort();
  const servers = [...view.mcpServers.keys()].sort();
  if (perms.length || tools.length || data.length || servers.length) {
    lines.push("  # What is live today; approve deliberately (blindspot compares live against this).", "  approval:");
    if (perms.length) lines.push("    permissions:", ...perms.map((p) => `      - ${yamlString(p)}`));
    if (servers.length) lines.push("    mcpServers:", ...servers.map((p) => `      - ${yamlString(p)}`));
    if (tools.length) lines.push("    tools:", ...tools.map((p) => `      - ${yamlString(p)}`));
    if (data.length) lines.push("    dataSources:", ...data.map((p) => `      - ${yamlString(p)}`));
  }
  return lines.join("\n") + "\n";
}
function suggestedName(kind, group, primary) {
  if (kind === "Credential") {
    const holder = group.map((a) => a.asset.attributes?.userName ?? a.asset.attributes?.serviceAccount).find((v) => typeof v === "string");
    const type = group.map((a) => a.asset.attributes?.credentialType).find((v) => typeof v === "string");
    if (holder) return manifestName(`${holder}-${type === "aws-access-key" ? "access-key" : "key"}`);
  }
  return manifestName(primary.asset.name ?? primary.asset.id);
}
function unrecordedAssets(ctx) {
  const out = [];
  const taken = new Set(ctx.states.map((s) => s.record.key));
  for (const group of ctx.unrecorded) {
    const inventory = group.filter((a) => a.inventory).sort((a, b) => a.asset.id < b.asset.id ? -1 : a.asset.id > b.asset.id ? 1 : 0);
    const primary = inventory[0];
    if (!primary) continue;
    const view = mergeView(group);
    if (view.active?.value === false) continue;
    const kind = primary.asset.kind;
    const base = suggestedName(kind, group, primary);
    let name = base;
    for (let n = 2; taken.has(`${kind}/${name}`); n++) name = `${base}-${n}`;
    taken.add(`${kind}/${name}`);
    const facts = [
      ...inventory.map((a) => ({ fact: `live ${kind} \`${a.asset.id}\`${a.asset.active ? " (enabled)" : ""}${a.asset.createdAt ? `, created ${day(a.asset.createdAt)}` : ""}`, source: a.source.label, at: a.source.snapshot.collectedAt })),
      { fact: `no record claims any of ${list2([...new Set(group.flatMap((a) => a.asset.identifiers))].sort().slice(0, 8))}`, source: "governance records", at: null }
    ];
    if (view.lastUsedAt) facts.push({ fact: `last used ${when2(view.lastUsedAt.value)}`, source: view.lastUsedAt.source, at: view.lastUsedAt.at });
    const used = view.lastUsedAt && ctx.now - Date.parse(view.lastUsedAt.value) < ctx.config.policy.staleAfterDays * 864e5;
    const file = `${directoryFor(kind, ctx)}/${name}.yaml`;
    out.push({
      type: "unrecorded-asset",
      asset: primary,
      assetKey: `${kind}:${primary.asset.id}`,
      title: `Unrecorded ${kind} ${primary.asset.name ?? primary.asset.id} is live with no governance record`,
      evidence: facts,
      severity: used ? void 0 : { level: "medium", rule: "not-recently-used" },
      remediation: {
        action: "adopt-pr",
        summary: `Adopt it: a PR adds \`${file}\` with \`lifecycle: proposed\`, pre-filled from the live facts. Or disable it if nobody claims it.`,
        change: { kind: "adopt", file, manifest: adoptManifest(kind, name, group) }
      }
    });
  }
  return out;
}

// src/reconcile/sources.ts
function labelOf(source3) {
  return source3.name ?? (source3.scope ? `${source3.type}:${source3.scope}` : source3.type);
}
function sourceLabel(s) {
  return labelOf(s.source);
}
function judgeSource(snapshot, policy, now, maxAgeHours) {
  const limit = (maxAgeHours ?? policy.snapshotMaxAgeHours) * HOUR_MS;
  const collected = snapshot.collectedAt ? Date.parse(snapshot.collectedAt) : null;
  let status = "fresh";
  let detail;
  if (!snapshot.complete) {
    status = "incomplete";
    detail = snapshot.incompleteReason ?? "the export did not cover its whole scope";
  } else if (collected === null) {
    status = "stale";
    detail = "no collection time: set `collectedAt` for this source in the config";
  } else if (now - collected > limit) {
    status = "stale";
    detail = `collected ${Math.floor((now - collected) / HOUR_MS)} h ago, over the ${limit / HOUR_MS} h limit`;
  } else if (collected - now > HOUR_MS) {
    status = "stale";
    detail = "collected in the future: check the clock or collectedAt";
  }
  const health = {
    source: snapshot.source,
    files: snapshot.files,
    collectedAt: snapshot.collectedAt,
    collectedAtFrom: snapshot.collectedAtFrom,
    status,
    ...detail ? { detail } : {},
    covers: snapshot.covers,
    assets: snapshot.assets.length
  };
  return {
    snapshot,
    health,
    trusted: status === "fresh",
    claims: (snapshot.claims ?? []).map(compileClaim),
    label: sourceLabel(snapshot)
  };
}
function compileClaim(claim) {
  if (claim.startsWith("re:")) {
    try {
      return new RegExp(claim.slice(3));
    } catch {
      return compileGlobSegment("\0never");
    }
  }
  return compileGlobSegment(normalizeIdentifier(claim));
}
function claimMatches(claims, id) {
  return claims.some((c) => c instanceof RegExp ? c.test(id) : matchSegment(c, id));
}
function sourcesInScope(record, sources) {
  const ids2 = record.identifiers.map(normalizeIdentifier);
  return sources.filter((s) => s.snapshot.covers.includes(record.kind) && ids2.some((id) => claimMatches(s.claims, id)));
}

// src/reconcile/suppress.ts
function matches(s, f) {
  if (s.fingerprint) return s.fingerprint === f.fingerprint;
  const m = s.match ?? {};
  if (m.type && m.type !== f.type) return false;
  if (m.kind && m.kind !== (f.record?.kind ?? f.asset?.kind)) return false;
  if (m.name) {
    const p = compileGlobSegment(m.name);
    const names = [f.record?.name, f.asset?.id].filter((x) => Boolean(x));
    if (!names.some((n) => matchSegment(p, n))) return false;
  }
  return true;
}
function describe2(s) {
  if (s.fingerprint) return `fingerprint ${s.fingerprint.slice(0, 12)}…`;
  return Object.entries(s.match ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(", ");
}
function applySuppressions(findings, suppressions, now) {
  const live = suppressions.filter((s) => Date.parse(s.expires) >= now);
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed2 = [];
  for (const f of findings) {
    const s = live.find((x) => matches(x, f));
    if (!s) {
      kept.push(f);
      continue;
    }
    used.add(s);
    suppressed2.push({ fingerprint: f.fingerprint, type: f.type, title: f.title, reason: s.reason, expires: s.expires, ...s.owner ? { owner: s.owner } : {} });
  }
  const drafts = [];
  for (const s of suppressions) {
    const expired = Date.parse(s.expires) < now;
    if (!expired && used.has(s)) continue;
    const where2 = `${s.location.file}:${s.location.line}`;
    drafts.push({
      type: "suppression-expired",
      assetKey: `suppression:${s.fingerprint ?? JSON.stringify(s.match)}`,
      title: expired ? `Suppression (${describe2(s)}) expired ${day(s.expires)}` : `Suppression (${describe2(s)}) matches no finding`,
      evidence: [
        { fact: expired ? `expired ${day(s.expires)}; reason was: ${s.reason}` : `matches nothing this run; reason: ${s.reason}`, source: where2, at: null },
        ...s.owner ? [{ fact: `accepted by ${s.owner}`, source: where2, at: null }] : []
      ],
      remediation: issueOnly(expired ? "Fix the underlying finding, or renew the suppression with a new expiry and a current reason." : "Remove the suppression: what it covered is gone (or its selector is wrong).")
    });
  }
  return { kept, suppressed: suppressed2, drafts };
}

// src/reconcile/index.ts
var RULES = [
  retiredButActive,
  missingAndUnverifiable,
  unrecordedAssets,
  ownerless,
  ownerUnresolvable,
  ownerConflict,
  unmonitored,
  staleCredential,
  rotationOverdue,
  secretInCode,
  permissionDrift,
  toolsetDrift,
  versionDrift,
  approvalExpired,
  ambiguousMatch
];
function compareFindings(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0);
}
function joinCredentialEvidence(states, input, evidence3, orphans) {
  const credentialRecords = input.records.filter((r) => r.kind === "Credential");
  const index = indexRecords(credentialRecords);
  for (const r of credentialRecords) {
    for (const a of states.get(r.key)?.view.inventory ?? []) {
      for (const id of a.ids) {
        const k = "Credential\0" + id;
        if (!index.has(k)) index.set(k, [r]);
      }
    }
  }
  for (const e of evidence3) {
    if (e.asset.kind !== "SecretFinding" && e.asset.kind !== "SecretReference") continue;
    const hit = /* @__PURE__ */ new Set();
    for (const id of e.ids) for (const r of index.get("Credential\0" + id) ?? []) hit.add(r.key);
    if (hit.size === 1) {
      const s = states.get([...hit][0]);
      (e.asset.kind === "SecretFinding" ? s.secretFindings : s.secretReferences).push(e);
    } else if (e.asset.kind === "SecretFinding") orphans.push(e);
  }
}
function reconcile(input) {
  const { config, now } = input;
  const nowIso = new Date(now).toISOString();
  const maxAge = new Map(config.sources.map((s) => [s.name ?? s.path, s.maxAgeHours]));
  const sources = input.snapshots.map((snap) => judgeSource(snap, config.policy, now, maxAge.get(snap.source.name ?? "") ?? void 0));
  linkAccessKeySlots(input.snapshots.flatMap((s) => s.assets));
  const wrapped = [];
  for (const j of sources) for (const a of j.snapshot.assets) wrapped.push(wrap(a, j));
  const match = matchAssets(input.records, wrapped);
  const states = /* @__PURE__ */ new Map();
  for (const record of input.records) {
    const view = mergeView(match.views.get(record.key) ?? []);
    const scope = sourcesInScope(record, sources);
    states.set(record.key, {
      record,
      view,
      ownership: input.ownership(record.location.file),
      scope,
      verifiable: scope.some((j) => j.trusted),
      seenFresh: view.inventory.some((a) => a.source.trusted),
      secretFindings: [],
      secretReferences: []
    });
  }
  const orphanSecretFindings = [];
  joinCredentialEvidence(states, input, match.evidence, orphanSecretFindings);
  let members = null;
  for (const e of match.evidence) {
    if (e.asset.kind !== "Member") continue;
    members ??= /* @__PURE__ */ new Set();
    for (const id of e.asset.identifiers) if (id.startsWith("@")) members.add(id.toLowerCase());
  }
  const endpoints = [
    ...[...states.values()].filter((s) => s.record.kind === "ModelEndpoint" && s.view.assets.length > 0).map((s) => ({ name: s.record.name, view: s.view })),
    ...match.unrecorded.filter((g) => g.some((a) => a.asset.kind === "ModelEndpoint")).map((g) => ({ name: g[0].asset.name ?? g[0].asset.id, view: mergeView(g) }))
  ];
  const ctx = {
    config,
    now,
    nowIso,
    states: [...states.values()],
    byKey: states,
    sources,
    unrecorded: match.unrecorded,
    ambiguities: match.ambiguities,
    monitors: match.evidence.filter((e) => e.asset.kind === "Monitor"),
    orphanSecretFindings,
    members,
    codeownersFile: input.codeownersFile,
    committers: input.committers ?? {},
    endpoints,
    monitoring: /* @__PURE__ */ new Map()
  };
  for (const s of ctx.states) ctx.monitoring.set(s.record.key, monitoringOutcome(s, ctx));
  const drafts = RULES.flatMap((rule2) => rule2(ctx));
  const built = drafts.map((d) => buildFinding(d, config, input.ownership));
  const { kept, suppressed: suppressed2, drafts: suppressionDrafts } = applySuppressions(built, config.suppressions, now);
  const findings = [...kept, ...suppressionDrafts.map((d) => buildFinding(d, config, input.ownership))];
  const unique2 = [...new Map(findings.map((f) => [f.fingerprint, f])).values()].sort(compareFindings);
  const failed = (input.failedSources ?? []).map((f) => ({
    source: { type: "unknown", name: f.name },
    files: f.files,
    collectedAt: null,
    collectedAtFrom: "unknown",
    status: "failed",
    detail: f.error,
    covers: [],
    assets: 0
  }));
  return {
    now: nowIso,
    findings: unique2,
    suppressed: suppressed2.sort((a, b) => a.fingerprint < b.fingerprint ? -1 : 1),
    coverage: coverage2(ctx, unique2),
    sources: [...sources.map((j) => j.health), ...failed].sort((a, b) => (a.source.name ?? a.source.type) < (b.source.name ?? b.source.type) ? -1 : 1),
    attestations: attestations(ctx).sort((a, b) => a.record < b.record ? -1 : 1),
    counts: { records: input.records.length, assets: wrapped.length }
  };
}

// src/pipeline.ts
function ownershipResolver(file) {
  return (path) => ownershipFor(file, path);
}
function runPipeline(source3, options) {
  const repo = loadRepo(source3, { configPath: options.configPath });
  const codeowners = loadCodeowners(source3);
  const blocking = repo.diagnostics.filter((d) => d.level === "error");
  if (blocking.length > 0) return { repo, codeowners, result: null, blocking };
  const hmacKey = options.hmacKey ?? (options.env?.[repo.config.secrets.hmacKeyEnv] || void 0);
  const sources = loadSources(source3, repo.files, repo.config, { ...options, hmacKey });
  const result = reconcile({
    records: repo.records,
    snapshots: [...sources.snapshots, ...options.snapshots ?? []],
    config: repo.config,
    ownership: ownershipResolver(codeowners.file),
    codeownersFile: codeowners.path,
    now: options.now,
    failedSources: sources.failed,
    committers: options.committers
  });
  return { repo, codeowners, result, blocking: [] };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
function parse(args, options) {
  try {
    return parseArgs({ args, options: { help: { type: "boolean", short: "h" }, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/^TypeError \[[A-Z_]+\]: /, "") : String(err));
  }
}
function oneOf(value, allowed, flag2, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag2} must be one of ${allowed.join(", ")} (got "${value}")`);
}

// src/cli/io.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;

// src/cli/commands/owners.ts
function normalizePath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "").replace(/^\/+/, "");
}
function text(rows) {
  return rows.map((r) => `${r.path}  ${r.owners.length ? r.owners.join(" ") : r.line === null ? "(unowned)" : "(no owners: ownership removed)"}${r.line !== null ? `  [line ${r.line}: ${r.pattern}]` : ""}
`).join("");
}
var ownersCommand = {
  name: "owners",
  summary: "resolve owners of paths exactly as GitHub does; list manifests nobody owns",
  usage: `blindspot owners [--repo DIR | --codeowners FILE] [--json] PATH...
blindspot owners --unowned [--repo DIR] [--json]

Resolves each PATH (repo-relative) against CODEOWNERS with GitHub's rules: the file in
.github/, the root or docs/ (first found wins), last matching line wins, a pattern with no
owners removes ownership.

  --json      print [{ "path", "owners": [..], "line": <CODEOWNERS line or null>, "pattern": <string or null> }]
  --unowned   list the manifests with no owner (or only a catch-all owner, unless
              ownership.catchAllCountsAsOwner is set); exits 1 when there are any

Exit codes: 0 ok, 1 unowned manifests found (with --unowned), 2 usage or input error.`,
  async run(args, io) {
    const { values, positionals } = parse(args, {
      repo: { type: "string" },
      codeowners: { type: "string" },
      json: { type: "boolean" },
      unowned: { type: "boolean" }
    });
    if (values.help) {
      io.stdout(this.usage + "\n");
      return EXIT_OK;
    }
    if (values.repo && values.codeowners) throw new UsageError("give --repo or --codeowners, not both");
    const root = resolve3(io.cwd, values.repo ?? ".");
    let file;
    if (values.codeowners) {
      file = parseCodeownersFile(readUserFile(resolve3(io.cwd, values.codeowners), values.codeowners, 3 * 1024 * 1024));
    } else {
      const loaded = loadCodeowners(new FsTextSource(root));
      for (const d of loaded.diagnostics) if (d.level === "error") io.stderr(`${d.file}:${d.line}:${d.column}: ${d.message}
`);
      file = loaded.file;
    }
    const resolveOwner = ownershipResolver(file);
    if (values.unowned) {
      if (values.codeowners) throw new UsageError("--unowned reads the repository: use --repo");
      const repo = loadRepo(new FsTextSource(root));
      const rows2 = repo.manifestFiles.map((path) => ({ path, o: resolveOwner(path) })).filter(({ o }) => o.owners.length === 0 || o.catchAll && !repo.config.ownership.catchAllCountsAsOwner).map(({ path, o }) => ({ path, owners: o.owners, line: o.line, pattern: o.pattern }));
      io.stdout(values.json ? JSON.stringify(rows2, null, 2) + "\n" : rows2.length ? text(rows2) : "every manifest has an owner\n");
      return rows2.length ? EXIT_FINDINGS : EXIT_OK;
    }
    if (positionals.length === 0) throw new UsageError("give at least one PATH (or --unowned)");
    const rows = positionals.map(normalizePath).map((path) => {
      const o = resolveOwner(path);
      return { path, owners: o.owners, line: o.line, pattern: o.pattern };
    });
    io.stdout(values.json ? JSON.stringify(rows, null, 2) + "\n" : text(rows));
    return EXIT_OK;
  }
};

// src/cli/commands/reconcile.ts
import { writeFileSync } from "node:fs";
import { resolve as resolve4 } from "node:path";

// src/report/summary.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings2(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareText(a.type, b.type) || compareText(a.fingerprint, b.fingerprint);
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings2);
}
function sortSuppressed(items) {
  return [...items].sort((a, b) => compareText(a.type, b.type) || compareText(a.fingerprint, b.fingerprint));
}
function sortCoverage(rows) {
  return [...rows].sort((a, b) => RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind));
}
function sourceLabel2(source3) {
  return source3.name ? `${source3.type}/${source3.name}` : source3.type;
}
function sortSources(rows) {
  return [...rows].sort(
    (a, b) => compareText(sourceLabel2(a.source), sourceLabel2(b.source)) || compareText(a.source.scope ?? "", b.source.scope ?? "") || compareText(a.files.join("\n"), b.files.join("\n"))
  );
}
function summarize(findings) {
  const byType = Object.fromEntries(FINDING_TYPES.map((t) => [t, 0]));
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) {
    byType[f.type] += 1;
    bySeverity[f.severity] += 1;
  }
  return { byType, bySeverity, total: findings.length };
}
function formatPercent(ratio) {
  if (ratio === null) return "n/a";
  const tenths = Math.floor(ratio * 1e3 + 1e-9);
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${(tenths / 10).toFixed(1)}%`;
}
function plural(n, singular, pluralForm = `${singular}s`) {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

// src/report/json.ts
var REPORT_SCHEMA_VERSION = 1;
function buildJsonReport(result) {
  const findings = sortFindings(result.findings).map(finding);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    now: result.now,
    findings,
    suppressed: sortSuppressed(result.suppressed).map(suppressed),
    coverage: sortCoverage(result.coverage).map(coverage3),
    sources: sortSources(result.sources).map(source2),
    attestations: [...result.attestations].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.record, b.record)).map(attestation),
    counts: { records: result.counts.records, assets: result.counts.assets },
    summary: summarize(findings)
  };
}
function renderJson(result) {
  return JSON.stringify(buildJsonReport(result), null, 2) + "\n";
}
function finding(f) {
  return {
    type: f.type,
    severity: f.severity,
    severityRule: f.severityRule,
    fingerprint: f.fingerprint,
    title: f.title,
    ...f.record ? { record: recordRef(f.record) } : {},
    ...f.asset ? { asset: assetRef(f.asset) } : {},
    evidence: f.evidence.map(evidence2),
    remediation: remediation(f.remediation),
    standards: standards(f.standards)
  };
}
function recordRef(r) {
  return {
    kind: r.kind,
    name: r.name,
    file: r.file,
    line: r.line,
    owners: [...r.owners],
    codeownersLine: r.codeownersLine
  };
}
function assetRef(a) {
  return {
    kind: a.kind,
    source: a.source,
    id: a.id,
    collectedAt: a.collectedAt,
    ...a.file !== void 0 ? { file: a.file } : {},
    ...a.line !== void 0 ? { line: a.line } : {}
  };
}
function evidence2(e) {
  return { fact: e.fact, source: e.source, at: e.at };
}
function remediation(r) {
  return { action: r.action, summary: r.summary, change: change(r.change) };
}
function change(c) {
  switch (c.kind) {
    case "retire":
      return { kind: c.kind, file: c.file, documentIndex: c.documentIndex, recordKey: c.recordKey, retiredAt: c.retiredAt };
    case "assign-owner":
      return { kind: c.kind, file: c.file, owners: [...c.owners], reason: c.reason };
    case "adopt":
      return { kind: c.kind, file: c.file, manifest: c.manifest };
    case "none":
      return { kind: c.kind };
  }
}
function standards(s) {
  return { owaspNhi: [...s.owaspNhi], nistCsf: [...s.nistCsf] };
}
function suppressed(s) {
  return {
    fingerprint: s.fingerprint,
    type: s.type,
    title: s.title,
    reason: s.reason,
    expires: s.expires,
    ...s.owner !== void 0 ? { owner: s.owner } : {}
  };
}
function coverage3(c) {
  return {
    kind: c.kind,
    live: c.live,
    recorded: c.recorded,
    owned: c.owned,
    monitored: c.monitored,
    unverifiable: c.unverifiable,
    records: c.records,
    governedCoverage: c.governedCoverage
  };
}
function source2(s) {
  return {
    source: {
      type: s.source.type,
      ...s.source.name !== void 0 ? { name: s.source.name } : {},
      ...s.source.scope !== void 0 ? { scope: s.source.scope } : {}
    },
    files: [...s.files],
    collectedAt: s.collectedAt,
    collectedAtFrom: s.collectedAtFrom,
    status: s.status,
    ...s.detail !== void 0 ? { detail: s.detail } : {},
    covers: [...s.covers],
    assets: s.assets
  };
}
function attestation(a) {
  return {
    record: a.record,
    file: a.file,
    line: a.line,
    ownership: { owners: [...a.ownership.owners], codeownersLine: a.ownership.codeownersLine, proof: a.ownership.proof },
    monitoring: a.monitoring ? { proof: a.monitoring.proof, at: a.monitoring.at } : null,
    retirement: a.retirement ? { proof: a.retirement.proof, at: a.retirement.at } : null,
    liveMatches: [...a.liveMatches]
  };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell2 = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/reconcile/standards.ts
var OWASP_NHI_2025 = {
  "NHI1:2025": {
    name: "Improper Offboarding",
    text: "Service accounts, keys and other machine identities left active after they are no longer needed or after their owner leaves."
  },
  "NHI2:2025": {
    name: "Secret Leakage",
    text: "Secrets exposed in source code, configuration files, logs or chat."
  },
  "NHI3:2025": {
    name: "Vulnerable Third-Party NHI",
    text: "Credentials held by third-party tools, IDE extensions or SaaS integrations that can be compromised."
  },
  "NHI4:2025": {
    name: "Insecure Authentication",
    text: "Deprecated or weak authentication mechanisms for machine identities."
  },
  "NHI5:2025": {
    name: "Overprivileged NHI",
    text: "Machine identities holding far more permissions than their function needs."
  },
  "NHI6:2025": {
    name: "Insecure Cloud Deployment Configurations",
    text: "CI/CD pipelines using static credentials or weakly constrained OIDC trust."
  },
  "NHI7:2025": {
    name: "Long-Lived Secrets",
    text: "Secrets with no expiry, or an expiry far in the future."
  },
  "NHI8:2025": {
    name: "Environment Isolation",
    text: "The same machine identity used across development, test and production."
  },
  "NHI9:2025": {
    name: "NHI Reuse",
    text: "One machine identity shared across several applications or services."
  },
  "NHI10:2025": {
    name: "Human Use of NHI",
    text: "People doing manual work through machine identities."
  }
};
var NIST_CSF_2 = {
  "GV.PO-01": {
    name: "Cybersecurity policy",
    text: "Policy for managing cybersecurity risks is established based on organizational context, cybersecurity strategy, and priorities and is communicated and enforced."
  },
  "GV.RR-02": {
    name: "Roles and responsibilities",
    text: "Roles, responsibilities, and authorities related to cybersecurity risk management are established, communicated, understood, and enforced."
  },
  "GV.RR-04": {
    name: "Cybersecurity in HR practices",
    text: "Cybersecurity is included in human resources practices."
  },
  "ID.AM-02": {
    name: "Software and service inventory",
    text: "Inventories of software, services, and systems managed by the organization are maintained."
  },
  "ID.AM-08": {
    name: "Life-cycle management",
    text: "Systems, hardware, software, services, and data are managed throughout their life cycles."
  },
  "ID.RA-07": {
    name: "Changes and exceptions",
    text: "Changes and exceptions are managed, assessed for risk impact, recorded, and tracked."
  },
  "PR.AA-01": {
    name: "Identity and credential management",
    text: "Identities and credentials for authorized users, services, and hardware are managed by the organization."
  },
  "PR.AA-05": {
    name: "Least-privilege access",
    text: "Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties."
  },
  "PR.DS-01": {
    name: "Data-at-rest protection",
    text: "The confidentiality, integrity, and availability of data-at-rest are protected."
  },
  "PR.PS-01": {
    name: "Configuration management",
    text: "Configuration management practices are established and applied."
  },
  "PR.PS-02": {
    name: "Software maintenance and removal",
    text: "Software is maintained, replaced, and removed commensurate with risk."
  },
  "DE.CM-03": {
    name: "Activity and usage monitoring",
    text: "Personnel activity and technology usage are monitored to find potentially adverse events."
  },
  "DE.CM-09": {
    name: "Runtime and software monitoring",
    text: "Computing hardware and software, runtime environments, and their data are monitored to find potentially adverse events."
  }
};
function isOwaspNhiId(id) {
  return Object.hasOwn(OWASP_NHI_2025, id);
}
function isNistCsfId(id) {
  return Object.hasOwn(NIST_CSF_2, id);
}
function lookupStandard(id) {
  if (isOwaspNhiId(id)) return { id, ...OWASP_NHI_2025[id] };
  if (isNistCsfId(id)) return { id, ...NIST_CSF_2[id] };
  return void 0;
}
function standardLabel(id) {
  const entry = lookupStandard(id);
  return entry ? `${entry.id} ${entry.name}` : id;
}

// src/report/neutralize.ts
var ZWSP = "​";
var REPLACEMENT = "�";
var HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var MARKDOWN_ESCAPES = {
  "\\": "\\\\",
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "[": "\\[",
  "]": "\\]",
  "`": "\\`"
};
var MARKDOWN_SPECIALS = /[\\&<>[\]`]/g;
var CLOSING_KEYWORD = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?=:?\s+\S*(?:#|gh-|https?:|www\.))/gi;
var LINE_BREAKS = /\r\n?|\n/g;
function neutralize(text2) {
  let out = text2.replace(HIDDEN_CONTROLS, REPLACEMENT);
  out = out.replace(MARKDOWN_SPECIALS, (c) => MARKDOWN_ESCAPES[c]);
  out = out.replace(/@(?=[A-Za-z0-9])/g, "@" + ZWSP);
  out = out.replace(/#(?=\d)/g, "#" + ZWSP);
  out = out.replace(/(gh)-(?=\d)/gi, `$1-${ZWSP}`);
  out = out.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, `$1:${ZWSP}//`);
  out = out.replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`);
  out = out.replace(CLOSING_KEYWORD, (kw) => kw[0] + ZWSP + kw.slice(1));
  return out;
}
function neutralizeInline(text2) {
  return neutralize(text2.replace(LINE_BREAKS, " "));
}
function escapeTableCell(text2) {
  return text2.replace(LINE_BREAKS, " ").replace(/\|/g, "\\|");
}
function codeSpan(text2) {
  const body = text2.replace(LINE_BREAKS, " ").replace(HIDDEN_CONTROLS, REPLACEMENT).replace(/<!--/g, `<!${ZWSP}--`).replace(/--(?=>)/g, `--${ZWSP}`);
  if (body === "") return "` `";
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const needsPad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") && body.trim() !== "";
  const pad = needsPad ? " " : "";
  return fence + pad + body + pad + fence;
}
function stripHiddenControls(text2) {
  return text2.replace(HIDDEN_CONTROLS, REPLACEMENT);
}
function terminalText(text2) {
  return text2.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/report/paths.ts
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
function toRepoRelative(path, root) {
  let p = path.replace(/\\/g, "/");
  if (root !== void 0 && isAbsolute2(path)) {
    const rel = relative2(root, path).replace(/\\/g, "/");
    if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute2(rel)) return null;
    p = rel;
  }
  while (p.startsWith("./")) p = p.slice(2);
  if (p === "" || p.startsWith("/") || /^[A-Za-z]:/.test(p) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(p)) return null;
  const segments = p.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.length === 0 || segments.includes("..")) return null;
  return segments.join("/");
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[()!'*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function encodePath(path) {
  return path.split("/").map(encodeSegment).join("/");
}

// src/report/markdown.ts
var SEVERITY_ICON = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵"
};
var STATUS_ICON = {
  fresh: "✅",
  stale: "⚠️",
  incomplete: "⚠️",
  failed: "❌"
};
function renderMarkdown(result, options = {}) {
  const level = options.headingLevel ?? 2;
  const h = (depth, text2) => `${"#".repeat(Math.min(6, level + depth))} ${text2}`;
  const findings = sortFindings(result.findings);
  const summary = summarize(findings);
  const blocks = [h(0, options.title ?? "blindspot report"), headline(result, summary)];
  const warning = sourceWarning(result.sources);
  if (warning) blocks.push(warning);
  blocks.push(h(1, "Findings by severity"), severityTable(summary));
  if (summary.total > 0) blocks.push(h(1, "Findings by type"), typeTable(summary));
  blocks.push(h(1, "Coverage"), coverageSection(result.coverage));
  blocks.push(h(1, "Source health"), sourceSection(result.sources));
  if (findings.length > 0) {
    blocks.push(h(1, "Findings"));
    const limit = Math.max(0, Math.min(options.maxFindingDetails ?? findings.length, findings.length));
    findings.slice(0, limit).forEach((f, i) => blocks.push(findingSection(f, i + 1, h, options.links)));
    if (limit < findings.length) {
      blocks.push(`_${plural(findings.length - limit, "more finding")} not shown here; the JSON report lists every finding._`);
    }
  }
  if (result.suppressed.length > 0) {
    blocks.push(h(1, `Suppressed (${result.suppressed.length})`), suppressedTable(result.suppressed));
  }
  return blocks.join("\n\n") + "\n";
}
function table(rows) {
  return markdownTable(rows, { alignDelimiters: false });
}
function cell(text2) {
  return escapeTableCell(neutralizeInline(text2));
}
function codeCell(text2) {
  return escapeTableCell(codeSpan(text2));
}
function headline(result, summary) {
  const scope = `across ${plural(result.counts.records, "record")} and ${plural(result.counts.assets, "live asset")}, as of ${result.now}`;
  const suppressed2 = result.suppressed.length > 0 ? ` ${result.suppressed.length} suppressed.` : "";
  if (summary.total === 0) return `**No findings** ${scope}.${suppressed2}`;
  const parts = SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
  return `**${plural(summary.total, "finding")}** (${parts.join(", ")}) ${scope}.${suppressed2}`;
}
function sourceWarning(sources) {
  const unhealthy = sources.filter((s) => s.status !== "fresh");
  if (sources.length === 0) {
    return "> [!WARNING]\n> No discovery source was read: nothing live was checked, so every record is unverifiable.";
  }
  if (unhealthy.length === 0) return null;
  const byStatus = ["failed", "stale", "incomplete"].map((status) => [status, unhealthy.filter((s) => s.status === status).length]).filter(([, n]) => n > 0).map(([status, n]) => `${n} ${status}`);
  return `> [!WARNING]
> ${unhealthy.length} of ${plural(sources.length, "source")} not fresh (${byStatus.join(", ")}): what they cover is unverifiable, not clean.`;
}
function severityTable(summary) {
  return table([["Severity", "Findings"], ...SEVERITIES.map((s) => [`${SEVERITY_ICON[s]} ${s}`, String(summary.bySeverity[s])])]);
}
function typeTable(summary) {
  const rows = FINDING_CATALOG.filter((e) => summary.byType[e.type] > 0).map((e) => [
    `\`${e.type}\``,
    e.title,
    e.defaultSeverity,
    String(summary.byType[e.type])
  ]);
  return table([["Type", "Meaning", "Default severity", "Findings"], ...rows]);
}
function coverageSection(rows) {
  if (rows.length === 0) return "_No coverage data: no records and no fresh sources._";
  return table([
    ["Kind", "Live", "Recorded", "Owned", "Monitored", "Unverifiable records", "Records", "Governed coverage"],
    ...sortCoverage(rows).map((c) => [
      c.kind,
      String(c.live),
      String(c.recorded),
      String(c.owned),
      String(c.monitored),
      String(c.unverifiable),
      String(c.records),
      formatPercent(c.governedCoverage)
    ])
  ]);
}
function sourceSection(rows) {
  if (rows.length === 0) return "_No discovery sources._";
  return table([
    ["Source", "Status", "Collected", "Covers", "Assets", "Files", "Detail"],
    ...sortSources(rows).map((s) => [
      codeCell(sourceLabel2(s.source) + (s.source.scope ? ` (${s.source.scope})` : "")),
      `${STATUS_ICON[s.status]} ${s.status}`,
      s.collectedAt ? `${cell(s.collectedAt)} (${cell(s.collectedAtFrom)})` : "unknown",
      s.covers.join(", "),
      String(s.assets),
      s.files.map(codeCell).join("<br>"),
      s.detail ? cell(s.detail) : ""
    ])
  ]);
}
function findingSection(f, n, h, links) {
  const entry = catalogEntry(f.type);
  const facts = [
    `- **Severity:** ${SEVERITY_ICON[f.severity]} ${f.severity} (set by ${codeSpan(f.severityRule)})`,
    `- **Type:** \`${f.type}\` (${entry.title})`
  ];
  if (f.record) {
    facts.push(`- **Record:** ${codeSpan(`${f.record.kind}/${f.record.name}`)} at ${fileRef(f.record.file, f.record.line, links)}`);
    const owners = f.record.owners.length > 0 ? f.record.owners.map((o) => codeSpan(o)).join(", ") : "none";
    const rule2 = f.record.codeownersLine !== null ? ` (CODEOWNERS line ${f.record.codeownersLine})` : "";
    facts.push(`- **Owners:** ${owners}${rule2}`);
  }
  if (f.asset) {
    const collected = f.asset.collectedAt ? `, collected ${neutralizeInline(f.asset.collectedAt)}` : "";
    const at = f.asset.file ? ` in ${fileRef(f.asset.file, f.asset.line ?? 1, links)}` : "";
    facts.push(`- **Live asset:** ${f.asset.kind} ${codeSpan(f.asset.id)} from ${codeSpan(f.asset.source)}${collected}${at}`);
  }
  facts.push(`- **Fingerprint:** ${codeSpan(f.fingerprint)}`);
  const parts = [h(2, `${n}. ${SEVERITY_ICON[f.severity]} ${neutralizeInline(f.title)}`), facts.join("\n")];
  if (f.evidence.length > 0) {
    parts.push(
      table([
        ["Evidence", "Source", "Observed"],
        ...f.evidence.map((e) => [cell(e.fact), codeCell(e.source), e.at ? cell(e.at) : "—"])
      ])
    );
  }
  const proposal = f.remediation.action !== "none" ? ` (proposed: ${f.remediation.action})` : "";
  parts.push(`**Remediation:** ${neutralizeInline(f.remediation.summary)}${proposal}`);
  parts.push(`**How to fix:** ${entry.fix}`);
  const standards2 = [...f.standards.owaspNhi, ...f.standards.nistCsf];
  if (standards2.length > 0) parts.push(`**Standards:** ${standards2.map(standardText).join(" · ")}`);
  return parts.join("\n\n");
}
function standardText(id) {
  const entry = lookupStandard(id);
  return entry ? `${entry.id} ${entry.name}` : codeSpan(id);
}
function fileRef(file, line, links) {
  const text2 = codeSpan(`${file}:${line}`);
  const path = links ? toRepoRelative(file) : null;
  if (!links || path === null) return text2;
  const base = links.repoUrl.replace(/\/+$/, "");
  return `[${text2}](${base}/blob/${encodeSegment(links.ref)}/${encodePath(path)}#L${line})`;
}
function suppressedTable(items) {
  return table([
    ["Type", "Title", "Reason", "Expires", "Owner", "Fingerprint"],
    ...sortSuppressed(items).map((s) => [
      `\`${s.type}\``,
      cell(s.title),
      cell(s.reason),
      cell(s.expires),
      s.owner ? codeCell(s.owner) : "—",
      codeCell(s.fingerprint.slice(0, 12))
    ])
  ]);
}

// src/report/sarif.ts
import { isAbsolute as isAbsolute3, sep as sep2 } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var DEFAULT_INFORMATION_URI = "https://blindspot.dev";
var FINGERPRINT_KEY = "blindspot/v1";
var SRCROOT = "%SRCROOT%";
var GITHUB_SARIF_LIMITS = {
  maxResults: 25e3,
  maxGzipBytes: 10 * 1024 * 1024,
  maxRuleIdLength: 255,
  maxTagsPerRule: 20
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0"
};
var SARIF_LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
function renderSarif(result, options) {
  return serialise(buildSarif(result, options).log);
}
function buildSarif(result, options) {
  const limits = { ...GITHUB_SARIF_LIMITS, ...options.limits };
  const srcRoot = options.srcRoot === void 0 ? void 0 : checkSrcRoot(options.srcRoot);
  const configFile = toRepoRelative(options.configFile ?? DEFAULT_CONFIG_PATH, srcRoot) ?? DEFAULT_CONFIG_PATH;
  const rules = FINDING_CATALOG.map(
    (entry) => rule(entry, options.ruleSeverity?.[entry.type] ?? entry.defaultSeverity, options.docsUri)
  );
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = sortFindings(result.findings).map((f) => sarifResult(f, ruleIndex.get(f.type) ?? -1, configFile, srcRoot));
  const frame = {
    tool: {
      driver: { name: "blindspot", version: options.toolVersion, informationUri: options.informationUri ?? DEFAULT_INFORMATION_URI, rules }
    },
    ...options.category !== void 0 ? { automationDetails: { id: `${options.category.replace(/\/+$/, "")}/` } } : {},
    ...srcRoot !== void 0 ? { originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(srcRoot) } } } : {}
  };
  return withinLimits(frame, results, limits);
}
function assemble(frame, results, notes) {
  const invocations = notes.length > 0 ? [{ executionSuccessful: true, toolExecutionNotifications: notes.map((text2) => ({ level: "warning", message: { text: text2 } })) }] : void 0;
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [{ ...frame, ...invocations ? { invocations } : {}, results }] };
}
function withinLimits(frame, all, limits) {
  const warnings = [];
  let kept = all;
  if (kept.length > limits.maxResults) {
    kept = kept.slice(0, limits.maxResults);
    warnings.push(
      `SARIF holds the ${limits.maxResults} most severe of ${all.length} findings: GitHub code scanning accepts at most ${limits.maxResults} results per run. The JSON report lists every finding.`
    );
  }
  const log = assemble(frame, kept, warnings);
  if (fitsGzip(log, limits.maxGzipBytes)) return { log, warnings };
  const candidate = (n) => assemble(frame, kept.slice(0, n), [...warnings, sizeWarning(n, all.length, limits)]);
  const fit = largestFitting(kept.length, (n) => fitsGzip(candidate(n), limits.maxGzipBytes));
  warnings.push(sizeWarning(fit, all.length, limits));
  return { log: candidate(fit), warnings };
}
function sizeWarning(kept, total, limits) {
  const mib = limits.maxGzipBytes / (1024 * 1024);
  const size = mib >= 1 ? `${Math.round(mib * 10) / 10} MB` : `${limits.maxGzipBytes} bytes`;
  return `SARIF holds the ${kept} most severe of ${total} findings: GitHub code scanning accepts at most ${size} of gzip-compressed SARIF. The JSON report lists every finding.`;
}
function serialise(log) {
  return JSON.stringify(log, null, 2) + "\n";
}
function fitsGzip(log, maxBytes) {
  const text2 = serialise(log);
  if (Buffer.byteLength(text2, "utf8") + 1024 <= maxBytes) return true;
  return gzipSync(text2).length <= maxBytes;
}
function largestFitting(upper, fits) {
  let lo = 0;
  let hi = upper;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function rule(entry, severity, docsUri) {
  const standards2 = [...entry.standards.owaspNhi, ...entry.standards.nistCsf];
  return {
    id: entry.type,
    name: ruleName(entry),
    ...docsUri !== void 0 ? { helpUri: `${docsUri}#${entry.type}` } : {},
    shortDescription: { text: entry.title },
    fullDescription: { text: entry.description },
    help: { text: helpText(entry, standards2), markdown: helpMarkdown(entry, standards2) },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    // GitHub only applies security-severity to rules tagged `security`.
    properties: { tags: ["security", ...standards2], "security-severity": SECURITY_SEVERITY[severity] }
  };
}
function ruleName(entry) {
  return entry.title.split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function helpText(entry, standards2) {
  return [
    entry.description,
    `Why it matters: ${entry.why}`,
    `Evidence: ${entry.evidence}`,
    `How to fix: ${entry.fix}`,
    ...standards2.length > 0 ? [`Standards: ${standards2.map(standardLabel).join("; ")}.`] : []
  ].join("\n\n");
}
function helpMarkdown(entry, standards2) {
  return [
    `**${entry.title}** (\`${entry.type}\`)`,
    entry.description,
    `### Why it matters

${entry.why}`,
    `### Evidence

${entry.evidence}`,
    `### How to fix

${entry.fix}`,
    ...standards2.length > 0 ? [`### Standards

${standards2.map((id) => `- ${standardLabel(id)}`).join("\n")}`] : []
  ].join("\n\n");
}
var MAX_EVIDENCE_IN_MESSAGE = 5;
function sarifResult(f, ruleIndex, configFile, srcRoot) {
  const where2 = locate(f, configFile, srcRoot);
  return {
    ruleId: f.type,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: messageText(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(where2.file), uriBaseId: SRCROOT },
          region: { startLine: where2.line }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      type: f.type,
      severityRule: f.severityRule,
      standards: { owaspNhi: [...f.standards.owaspNhi], nistCsf: [...f.standards.nistCsf] }
    }
  };
}
function messageText(f) {
  const lines = [sentence(f.title)];
  if (f.record) lines.push(sentence(`Record: ${f.record.kind}/${f.record.name} (${f.record.file}:${f.record.line})`));
  if (f.asset) lines.push(sentence(`Live asset: ${f.asset.kind} ${f.asset.id} from ${f.asset.source}`));
  for (const e of f.evidence.slice(0, MAX_EVIDENCE_IN_MESSAGE)) lines.push(`- ${sentence(e.fact)}`);
  if (f.evidence.length > MAX_EVIDENCE_IN_MESSAGE) {
    lines.push(`- ${f.evidence.length - MAX_EVIDENCE_IN_MESSAGE} more evidence facts in the JSON report.`);
  }
  if (f.remediation.summary) lines.push(`Fix: ${sentence(f.remediation.summary)}`);
  return sarifText(lines.join("\n"));
}
function sentence(text2) {
  const t = text2.replace(/\s+/g, " ").trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function sarifText(text2) {
  return stripHiddenControls(text2).replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, "\\$&");
}
function locate(f, configFile, srcRoot) {
  if (f.record) {
    const file = toRepoRelative(f.record.file, srcRoot);
    if (file) return { file, line: validLine(f.record.line) };
  }
  if (f.asset?.file) {
    const file = toRepoRelative(f.asset.file, srcRoot);
    if (file) return { file, line: validLine(f.asset.line) };
  }
  return { file: configFile, line: 1 };
}
function validLine(line) {
  return line !== void 0 && Number.isInteger(line) && line >= 1 ? line : 1;
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function checkSrcRoot(root) {
  if (!isAbsolute3(root)) throw new InputError(`SARIF source root must be an absolute path, got "${root}"`);
  return root.replace(/[\\/]+$/, "") || sep2;
}

// src/report/text.ts
var ANSI = {
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m"
};
var RESET = "\x1B[0m";
var SEVERITY_STYLE = {
  critical: ["bold", "red"],
  high: ["red"],
  medium: ["yellow"],
  low: ["cyan"]
};
var INDENT = "  ";
function renderText(result, options = {}) {
  const paint = (text2, ...styles) => options.color && styles.length > 0 ? styles.map((s) => ANSI[s]).join("") + text2 + RESET : text2;
  const configFile = terminalText(options.configFile ?? DEFAULT_CONFIG_PATH);
  const maxEvidence = Math.max(0, options.maxEvidence ?? 5);
  const findings = sortFindings(result.findings);
  const lines = [summaryLine(result, findings), ""];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint(`${severity.toUpperCase()} (${group.length})`, ...SEVERITY_STYLE[severity]));
    for (const f of group) lines.push(...findingLines(f, configFile, maxEvidence, paint), "");
  }
  lines.push(paint("Coverage", "bold"), ...coverageLines(result.coverage), "");
  lines.push(paint("Sources", "bold"), ...sourceLines(result.sources, paint));
  return lines.join("\n") + "\n";
}
function summaryLine(result, findings) {
  const summary = summarize(findings);
  const counts = SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map((s) => `${summary.bySeverity[s]} ${s}`);
  const what = summary.total === 0 ? "no findings" : `${plural(summary.total, "finding")} (${counts.join(", ")})`;
  const scope = `across ${plural(result.counts.records, "record")} and ${plural(result.counts.assets, "live asset")}`;
  const extras = [];
  if (result.suppressed.length > 0) extras.push(`${result.suppressed.length} suppressed`);
  const unhealthy = result.sources.filter((s) => s.status !== "fresh").length;
  if (result.sources.length === 0) extras.push("no sources read: nothing live was checked");
  else if (unhealthy > 0) extras.push(`${unhealthy} of ${plural(result.sources.length, "source")} not fresh`);
  return `blindspot: ${what} ${scope}${extras.length > 0 ? `; ${extras.join("; ")}` : ""}.`;
}
function location(f, configFile) {
  if (f.record) return `${terminalText(f.record.file)}:${f.record.line}`;
  if (f.asset?.file) return `${terminalText(f.asset.file)}:${f.asset.line ?? 1}`;
  return `${configFile}:1`;
}
function findingLines(f, configFile, maxEvidence, paint) {
  const lines = [`${INDENT}${paint(location(f, configFile), "bold")}  ${f.type}  ${terminalText(f.title)}`];
  const detail = INDENT.repeat(3);
  if (f.record) {
    const owners = f.record.owners.length > 0 ? f.record.owners.map(terminalText).join(" ") : "none";
    lines.push(`${detail}record ${terminalText(`${f.record.kind}/${f.record.name}`)}, owners: ${owners}`);
  }
  if (f.asset) {
    const at = f.asset.collectedAt ? ` at ${terminalText(f.asset.collectedAt)}` : "";
    lines.push(`${detail}live ${f.asset.kind} ${terminalText(f.asset.id)} from ${terminalText(f.asset.source)}${at}`);
  }
  for (const e of f.evidence.slice(0, maxEvidence)) {
    const when3 = e.at ? ` @ ${terminalText(e.at)}` : "";
    lines.push(`${detail}- ${terminalText(e.fact)} ${paint(`[${terminalText(e.source)}${when3}]`, "dim")}`);
  }
  if (f.evidence.length > maxEvidence) lines.push(`${detail}- ${plural(f.evidence.length - maxEvidence, "more fact")}`);
  if (f.remediation.summary) lines.push(`${detail}fix: ${terminalText(f.remediation.summary)}`);
  return lines;
}
function alignTable(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows.map((r) => INDENT + r.map((c, col) => col === 0 ? c.padEnd(widths[col]) : c.padStart(widths[col])).join("  ").trimEnd());
}
function coverageLines(rows) {
  if (rows.length === 0) return [`${INDENT}no coverage data`];
  return alignTable([
    ["Kind", "Live", "Recorded", "Owned", "Monitored", "Unverifiable", "Records", "Governed"],
    ...sortCoverage(rows).map((c) => [
      c.kind,
      String(c.live),
      String(c.recorded),
      String(c.owned),
      String(c.monitored),
      String(c.unverifiable),
      String(c.records),
      formatPercent(c.governedCoverage)
    ])
  ]);
}
var STATUS_STYLE = {
  fresh: "green",
  stale: "yellow",
  incomplete: "yellow",
  failed: "red"
};
function sourceLines(rows, paint) {
  if (rows.length === 0) return [`${INDENT}no sources read: every record is unverifiable`];
  const sorted = sortSources(rows);
  const labels = sorted.map((s) => terminalText(sourceLabel2(s.source)));
  const width = Math.max(...labels.map((l) => l.length));
  const statusWidth = Math.max(...sorted.map((s) => s.status.length));
  return sorted.map((s, i) => {
    const status = paint(s.status.padEnd(statusWidth), STATUS_STYLE[s.status]);
    const collected = s.collectedAt ? terminalText(s.collectedAt) : "collected at unknown time";
    const detail = s.detail ? ` (${terminalText(s.detail)})` : "";
    return `${INDENT}${labels[i].padEnd(width)}  ${status}  ${collected}  ${plural(s.assets, "asset")}${detail}`;
  });
}

// src/util/git.ts
import { execFileSync } from "node:child_process";
function commitTimeReader(root) {
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    if (cache.has(path)) return cache.get(path);
    let out = null;
    try {
      const t = execFileSync("git", ["log", "-1", "--format=%cI", "--", path], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      out = t ? new Date(t).toISOString() : null;
    } catch {
      out = null;
    }
    cache.set(path, out);
    return out;
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/commands/reconcile.ts
var FORMATS = ["text", "json", "markdown", "sarif"];
var FAIL_ON = ["none", ...SEVERITIES];
function parseNow(value, env) {
  const raw = value ?? env.BLINDSPOT_NOW;
  if (raw === void 0 || raw === "") return Date.now();
  const p = parseTime(raw);
  if (p.kind !== "time") throw new UsageError(`--now: "${raw}" is not an ISO-8601 time`);
  return p.ms;
}
function failsOn(result, level) {
  if (level === "none") return false;
  return result.findings.some((f) => severityRank(f.severity) <= severityRank(level));
}
function render(result, format, configFile, color) {
  switch (format) {
    case "json":
      return renderJson(result);
    case "markdown":
      return renderMarkdown(result, {});
    case "sarif":
      return renderSarif(result, { toolVersion: VERSION, configFile });
    default:
      return renderText(result, { color, configFile });
  }
}
var reconcileCommand = {
  name: "reconcile",
  summary: "reconcile records against discovery snapshots and report every blind spot",
  usage: `blindspot reconcile [--repo DIR] [--config FILE] [--snapshot FILE|GLOB ...] [--format text|json|markdown|sarif]
                    [--out FILE] [--fail-on critical|high|medium|low|none] [--now ISO] [--collected-at ISO]

Reads the governance repository (manifests, CODEOWNERS, .github/blindspot.yml), the discovery
sources listed in the config plus any --snapshot files, and reports each blind spot with its
evidence, coverage per kind and source health.

Options:
  --repo DIR          governance repository (default: current directory)
  --config FILE       config path inside the repo (default: .github/blindspot.yml)
  --snapshot PATH     an export file or glob, in addition to the config's sources (repeatable)
  --only-snapshots    ignore the config's sources; read only --snapshot
  --format FORMAT     text (default), json, markdown or sarif
  --out FILE          write the report to FILE instead of standard output
  --fail-on LEVEL     exit 1 when a finding at or above LEVEL exists (default: none)
  --now ISO           pin "now" (default: the clock, or BLINDSPOT_NOW): same input, same output
  --collected-at ISO  when --snapshot exports were taken, for formats that do not say
  --snapshot-format N adapter name for --snapshot files (default: detect from content)

Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage or input error.`,
  async run(args, io) {
    const { values } = parse(args, {
      repo: { type: "string" },
      config: { type: "string" },
      snapshot: { type: "string", multiple: true },
      "only-snapshots": { type: "boolean" },
      format: { type: "string" },
      out: { type: "string" },
      "fail-on": { type: "string" },
      now: { type: "string" },
      "collected-at": { type: "string" },
      "snapshot-format": { type: "string" }
    });
    if (values.help) {
      io.stdout(this.usage + "\n");
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS, "--format", "text");
    const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on", "none");
    const now = parseNow(values.now, io.env);
    let collectedAt;
    if (values["collected-at"] !== void 0) {
      const p = parseTime(values["collected-at"]);
      if (p.kind !== "time") throw new UsageError(`--collected-at: "${values["collected-at"]}" is not an ISO-8601 time`);
      collectedAt = p.iso;
    }
    const root = resolve4(io.cwd, values.repo ?? ".");
    const source3 = new FsTextSource(root);
    const progress = io.interactive && format !== "text" ? io.stderr : () => {
    };
    progress("blindspot: reading records and sources…\r");
    const run = runPipeline(source3, {
      configPath: values.config,
      now,
      extra: values.snapshot ?? [],
      cwd: io.cwd,
      skipConfigured: values["only-snapshots"] ?? false,
      collectedAt,
      format: values["snapshot-format"],
      env: io.env,
      commitTime: commitTimeReader(root)
    });
    if (!run.result) {
      io.stderr(run.blocking.map((d) => formatDiagnostic(d) + "\n").join("") + `blindspot reconcile: the governance repository is invalid (${run.blocking.length} error${run.blocking.length === 1 ? "" : "s"}); run \`blindspot validate\` and fix them first
`);
      return EXIT_USAGE;
    }
    const r = run.result;
    progress(`blindspot: ${r.counts.records} records, ${r.counts.assets} assets, ${r.sources.length} sources
`);
    const out = render(r, format, run.repo.config.file ?? ".github/blindspot.yml", io.interactive && !values.out && format === "text");
    if (values.out) writeFileSync(resolve4(io.cwd, values.out), out);
    else io.stdout(out);
    return failsOn(r, failOn) ? EXIT_FINDINGS : EXIT_OK;
  }
};

// src/cli/commands/snapshot.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve5 } from "node:path";
var CONVERT_USAGE = `blindspot snapshot convert [--format auto|NAME] FILE... [--out FILE]
                           [--name NAME] [--scope SCOPE] [--server NAME] [--collected-at ISO]

Converts export files, unchanged as your tools wrote them, into one normalised snapshot (JSON):
{ source, collectedAt, collectedAtFrom, complete, covers, claims?, files, assets[] }.
The format is detected from the content; --format NAME forces one (see "snapshot formats").

Options:
  --format NAME       adapter to use (default: auto)
  --out FILE          write the snapshot to FILE instead of standard output
  --name NAME         source name for reports (e.g. aws-prod)
  --scope SCOPE       what the export covers (account, project, cluster, org/repo)
  --server NAME       for MCP tools/list results: the server they came from
  --collected-at ISO  when the export was taken, for formats that do not say

Secret values (scanner matches, MCP env and header values) are never kept. Set BLINDSPOT_HMAC_KEY
to keep a keyed fingerprint of them instead, for joins with Credential records.
Exit codes: 0 converted, 2 unreadable, truncated, unknown or malformed input (file and line named).`;
var FORMATS_USAGE = `blindspot snapshot formats [--json]

Lists every export format blindspot reads, with the command that produces it and the content
markers that detect it.`;
async function convert(args, io) {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    out: { type: "string" },
    name: { type: "string" },
    scope: { type: "string" },
    server: { type: "string" },
    "collected-at": { type: "string" }
  });
  if (values.help) {
    io.stdout(CONVERT_USAGE + "\n");
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError("give at least one export FILE");
  let collectedAt;
  if (values["collected-at"] !== void 0) {
    const p = parseTime(values["collected-at"]);
    if (p.kind !== "time") throw new UsageError(`--collected-at: "${values["collected-at"]}" is not an ISO-8601 time`);
    collectedAt = { iso: p.iso, from: "option" };
  }
  const files = positionals.map((p) => ({ path: p, text: readUserFile(resolve5(io.cwd, p), p).text }));
  const snapshots = convertFiles(files, {
    format: values.format,
    sourceName: values.name,
    scope: values.scope,
    serverName: values.server,
    collectedAt,
    hmacKey: io.env.BLINDSPOT_HMAC_KEY || void 0,
    commitTime: commitTimeReader(io.cwd)
  });
  const out = JSON.stringify(combineSnapshots(snapshots), null, 2) + "\n";
  if (values.out) writeFileSync2(resolve5(io.cwd, values.out), out);
  else io.stdout(out);
  return EXIT_OK;
}
function formats(args, io) {
  const { values } = parse(args, { json: { type: "boolean" } });
  if (values.help) {
    io.stdout(FORMATS_USAGE + "\n");
    return EXIT_OK;
  }
  const rows = [...ADAPTERS].sort((a, b) => a.name < b.name ? -1 : 1);
  if (values.json) {
    io.stdout(JSON.stringify(rows.map((a) => ({ name: a.name, description: a.description, markers: a.markers })), null, 2) + "\n");
    return EXIT_OK;
  }
  const width = Math.max(...rows.map((a) => a.name.length));
  io.stdout(rows.map((a) => `${a.name.padEnd(width)}  ${a.description}
${" ".repeat(width + 2)}detected by: ${a.markers.join("; ")}
`).join(""));
  return EXIT_OK;
}
var snapshotCommand = {
  name: "snapshot",
  summary: "convert real exports into a normalised snapshot; list the formats blindspot reads",
  usage: `blindspot snapshot convert [--format auto|NAME] FILE... [--out FILE]
blindspot snapshot formats [--json]

${CONVERT_USAGE.split("\n").slice(2).join("\n")}`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "convert") return convert(rest, io);
    if (sub === "formats") return formats(rest, io);
    if (sub === void 0 || sub === "--help" || sub === "-h") {
      io.stdout(this.usage + "\n");
      return sub === void 0 ? 2 : EXIT_OK;
    }
    throw new UsageError(`unknown subcommand "${sub}": use convert or formats`);
  }
};

// src/cli/commands/validate.ts
import { resolve as resolve6 } from "node:path";

// src/util/workflow-commands.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation(level, message, props = {}) {
  const parts = Object.entries(props).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${level}${parts.length ? " " + parts.join(",") : ""}::${escapeData(message)}`;
}

// src/cli/commands/validate.ts
var FORMATS2 = ["text", "json", "github"];
function renderDiagnostics(diags, format) {
  const errors = diags.filter((d) => d.level === "error").length;
  const warnings = diags.length - errors;
  if (format === "json") {
    return JSON.stringify({ valid: errors === 0, errors, warnings, diagnostics: diags }, null, 2) + "\n";
  }
  if (format === "github") {
    return diags.map((d) => annotation(d.level, `${d.message} [${d.code}]`, { file: d.file, line: d.line, col: d.column }) + "\n").join("");
  }
  const lines = diags.map((d) => formatDiagnostic(d) + "\n");
  lines.push(errors === 0 ? `valid (${warnings} warning${warnings === 1 ? "" : "s"})
` : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}
`);
  return lines.join("");
}
function codeownersDiagnostics(source3, repo) {
  const { file, diagnostics } = validateCodeownersIn(source3, {
    trackedFiles: repo.files,
    manifests: repo.manifestFiles,
    catchAllCountsAsOwner: repo.config.ownership.catchAllCountsAsOwner
  });
  if (file === null && !diagnostics.some((d) => d.level === "error") && repo.manifestFiles.length > 0) {
    diagnostics.push({ file: ".github/CODEOWNERS", line: 1, column: 1, level: "warning", code: "codeowners/missing", message: "no CODEOWNERS file (.github/, root or docs/): every manifest is ownerless" });
  }
  return diagnostics;
}
var validateCommand = {
  name: "validate",
  summary: "check manifests, config and CODEOWNERS; report every problem with file:line:col",
  usage: `blindspot validate [--repo DIR] [--config FILE] [--format text|json|github]

Checks the governance repository: YAML syntax, the manifest and config schemas, duplicate
records, identifiers claimed twice, dangling relations, dates, unknown keys, and CODEOWNERS.

Options:
  --repo DIR        governance repository (default: current directory)
  --config FILE     config path inside the repo (default: .github/blindspot.yml)
  --format FORMAT   text (default), json, or github (workflow annotations)

Exit codes: 0 valid, 1 invalid, 2 usage error.`,
  async run(args, io) {
    const { values } = parse(args, { repo: { type: "string" }, config: { type: "string" }, format: { type: "string" } });
    if (values.help) {
      io.stdout(this.usage + "\n");
      return EXIT_OK;
    }
    const format = oneOf(values.format, FORMATS2, "--format", "text");
    const source3 = new FsTextSource(resolve6(io.cwd, values.repo ?? "."));
    const repo = loadRepo(source3, { configPath: values.config });
    const diagnostics = [...repo.diagnostics, ...codeownersDiagnostics(source3, repo)].sort(compareDiagnostics);
    io.stdout(renderDiagnostics(diagnostics, format));
    return diagnostics.some((d) => d.level === "error") ? EXIT_FINDINGS : EXIT_OK;
  }
};

// src/cli/main.ts
var COMMANDS = [validateCommand, ownersCommand, snapshotCommand, reconcileCommand];
function help() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `blindspot ${VERSION}: find production blind spots between governance records and what is live.

Usage: blindspot <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run "blindspot <command> --help" for a command's options.
Exit codes: 0 ok, 1 findings or invalid input files, 2 usage or input error.
`;
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name === void 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(VERSION + "\n");
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`blindspot: unknown command "${name}"

${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`blindspot ${command.name}: ${err.message}

${command.usage}
`);
      return EXIT_USAGE;
    }
    if (err instanceof InputError) {
      io.stderr(`blindspot ${command.name}: ${errorMessage(err)}
`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

// src/cli/index.ts
process.setSourceMapsEnabled?.(true);
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
  interactive: Boolean(process.stderr.isTTY) && !process.env.CI
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const debug = Boolean(process.env.BLINDSPOT_DEBUG);
    process.stderr.write(`blindspot: internal error: ${err instanceof Error ? debug ? err.stack : err.message : String(err)}
`);
    process.exitCode = 2;
  }
);
