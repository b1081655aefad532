package org.factline.evidence;

import jakarta.persistence.EntityManager;

class SourceDeletionImpl implements SourceDeletion {

    private final EntityManager entityManager;

    SourceDeletionImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void delete(Source source) {
        entityManager.remove(source);
        entityManager.flush();
    }
}
