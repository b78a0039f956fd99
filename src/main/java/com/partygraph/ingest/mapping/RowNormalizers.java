package com.partygraph.ingest.mapping;

import com.partygraph.ingest.write.ChangeApplier;
import com.partygraph.resolution.DomainNormalizer;
import com.partygraph.resolution.EmailNormalizer;
import com.partygraph.resolution.NameNormalizer;
import com.partygraph.resolution.PhoneNormalizer;
import org.springframework.stereotype.Component;

/** The resolution module's normalizers, as ingestion uses them on source values. */
@Component
public class RowNormalizers {

    private final RowInterpreter.Normalizers normalizers;

    RowNormalizers(EmailNormalizer emails, PhoneNormalizer phones, DomainNormalizer domains, NameNormalizer names) {
        this.normalizers = new RowInterpreter.Normalizers(emails, phones, domains, names);
    }

    /** For {@link ChangeApplier}. */
    public RowInterpreter.Normalizers forRows() {
        return this.normalizers;
    }
}
