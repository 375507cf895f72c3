/** This package's version, for the User-Agent header. A test keeps it equal to package.json's. */
export const PACKAGE_VERSION = "0.1.0";
