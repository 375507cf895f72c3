/**
 * The addon types the mock offers (listAddonTypes), a small, fixed selection of
 * Northflank's: enough to create the guide's MongoDB and the usual databases.
 */
export interface AddonTypeEntry {
  readonly type: string;
  readonly name: string;
  readonly description: string;
  /** Newest first: `latest` resolves to the first. */
  readonly versions: readonly string[];
  readonly backupsDump: boolean;
}

export const ADDON_CATALOGUE: readonly AddonTypeEntry[] = [
  { type: "postgresql", name: "PostgreSQL", description: "Relational database with JSON support.", versions: ["17.4.0", "16.8.0", "15.12.0"], backupsDump: true },
  { type: "mongodb", name: "MongoDB", description: "Document database.", versions: ["8.0.4", "7.0.16", "6.0.20"], backupsDump: true },
  { type: "mysql", name: "MySQL", description: "Relational database.", versions: ["8.4.4", "8.0.41"], backupsDump: true },
  { type: "redis", name: "Redis", description: "In-memory key-value store.", versions: ["7.4.2", "7.2.7"], backupsDump: false },
  { type: "minio", name: "MinIO", description: "S3-compatible object storage.", versions: ["2025.2.7", "2024.12.18"], backupsDump: false },
];

const STORAGE_OPTIONS = [4096, 8192, 16384, 32768, 65536];
const REPLICA_OPTIONS = [1, 2, 3, 4, 5];

/** The `AddonTypeManaged` schema for one entry. */
export function addonTypeView(entry: AddonTypeEntry): Record<string, unknown> {
  const majors = [...new Set(entry.versions.map((version) => version.split(".")[0]!))];
  return {
    type: entry.type,
    name: entry.name,
    description: entry.description,
    features: {
      backupsDump: entry.backupsDump,
      customDBName: entry.backupsDump,
      forkAddon: true,
      importDump: entry.backupsDump,
      importLive: entry.backupsDump,
      scaleReplicas: true,
      tls: true,
      externalAccess: true,
    },
    versions: [...entry.versions],
    major: majors,
    resources: {
      storage: { options: STORAGE_OPTIONS, default: STORAGE_OPTIONS[0] },
      replicas: { options: REPLICA_OPTIONS, default: REPLICA_OPTIONS[0] },
    },
  };
}

export function findAddonType(type: string): AddonTypeEntry | undefined {
  return ADDON_CATALOGUE.find((entry) => entry.type === type);
}
