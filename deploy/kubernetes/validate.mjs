// Checks deploy/kubernetes/*.yaml against the Kubernetes API schemas of the npm package kubernetes-models
// (generated from Kubernetes' OpenAPI; ajv): types, formats, enums and required fields. Like the OpenAPI
// schema itself it lets unknown field names through (a server with field validation rejects them).
// Run by scripts/validate-kubernetes.sh, which installs the packages.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { PersistentVolumeClaim } from "kubernetes-models/v1";
import { Job } from "kubernetes-models/batch/v1";

const kinds = { "v1/PersistentVolumeClaim": PersistentVolumeClaim, "batch/v1/Job": Job };
let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(readFileSync(file, "utf8"))) {
    if (!doc) continue;
    const Model = kinds[`${doc.apiVersion}/${doc.kind}`];
    const name = `${file}: ${doc.kind} ${doc.metadata?.name}`;
    if (!Model) { console.log(`FAIL ${name}: no schema for ${doc.apiVersion} ${doc.kind}`); failed++; continue; }
    try {
      new Model(doc).validate();
      console.log(`ok   ${name}`);
    } catch (e) {
      console.log(`FAIL ${name}: ${e.message}`);
      failed++;
    }
  }
}
process.exit(failed ? 1 : 0);
