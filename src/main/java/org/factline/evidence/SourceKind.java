package org.factline.evidence;

public enum SourceKind {
    PRIMARY_DOCUMENT,
    OFFICIAL_STATEMENT,
    NEWS_REPORT,
    DATASET,
    EXPERT,
    OTHER
}
