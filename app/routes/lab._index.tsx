export default function LabHome() {
  return (
    <>
      <h1>Research lab</h1>
      <p className="notice notice--placeholder">
        Placeholder: the lab (surveys, responses, data quality, exports, audit) is built in issue #6.
      </p>
    </>
  );
}
