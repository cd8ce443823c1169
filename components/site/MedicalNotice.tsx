import { MEDICAL_NOTICE } from "@/lib/site";

export function MedicalNotice() {
  return (
    <p className="medical-notice">
      <strong>{MEDICAL_NOTICE.lead}</strong> {MEDICAL_NOTICE.text}
    </p>
  );
}
