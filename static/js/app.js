// Signaalwijzer: small enhancements only; every page works without this file.
// The quick exit lives in safety.js (the safety shell).
