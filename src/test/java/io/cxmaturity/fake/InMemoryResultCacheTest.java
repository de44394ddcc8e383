package io.cxmaturity.fake;

import io.cxmaturity.persistence.ResultCacheContract;
import io.cxmaturity.port.ResultCache;

/** The result-cache fake keeps the Active Objects contract, so service tests that use it can be trusted. */
public class InMemoryResultCacheTest extends ResultCacheContract {
    private final InMemoryResultCache cache = new InMemoryResultCache();

    @Override
    protected ResultCache cache() {
        return cache;
    }
}
