package io.github.zhibo.identity.archive;

import io.github.zhibo.core.party.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The registration archive (登记档案) a platform keeps of the operators, marketers and sellers it admits
 * (Art. 8 ¶1). A platform implements it over its own database; {@link InMemoryRegistrationArchive} is the
 * reference implementation. Implementations validate incoming records, write every change to the evidence
 * ledger, and must be safe for concurrent use.
 */
public interface RegistrationArchive {

  /**
   * Registers a new record.
   *
   * @throws ArchiveException {@link ArchiveError#RECORD_INVALID} if it fails validation,
   *     {@link ArchiveError#DUPLICATE_SUBJECT} if its subject id is already registered
   */
  void register(RegistrationRecord record);

  /**
   * Replaces the record of the same subject (a reported change of information).
   *
   * @throws ArchiveException {@link ArchiveError#RECORD_INVALID} if it fails validation,
   *     {@link ArchiveError#UNKNOWN_SUBJECT} if no record of that subject exists
   */
  void update(RegistrationRecord record);

  /**
   * Adds a verification to the subject's history; a {@link VerificationOutcome#MATCH} also moves the record's
   * {@code lastVerifiedOn} to that day (never backwards).
   *
   * @return the record as it stands after the verification
   * @throws ArchiveException {@link ArchiveError#UNKNOWN_SUBJECT} if no record of that subject exists
   */
  RegistrationRecord recordVerification(PartyId subject, VerificationEntry verification);

  /** The current record of {@code subject}. */
  Optional<RegistrationRecord> find(PartyId subject);

  /** The verification history of {@code subject}, oldest first; empty for an unknown subject. */
  List<VerificationEntry> history(PartyId subject);

  /** Visits every record, in registration order. */
  void forEach(Consumer<? super RegistrationRecord> visitor);

  /** How many records the archive holds. */
  long size();
}
