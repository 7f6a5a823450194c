export { parseClusterLine, type Cluster, type ParsedClusterLine } from './parse-cluster.js';
export { readClusters, type ReadClustersOptions } from './read-clusters.js';
export { readTextLines, type NumberedLine } from './read-json-lines.js';
