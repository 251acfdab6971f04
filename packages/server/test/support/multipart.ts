import crypto from 'node:crypto';

export interface MultipartOptions {
  field?: string;
  filename?: string;
  contentType?: string;
}

/** A one-file multipart/form-data body as a browser sends it, for app.inject. */
export function multipart(content: Buffer, options: MultipartOptions = {}) {
  const boundary = `----fengqiao${crypto.randomBytes(8).toString('hex')}`;
  const { field = 'file', filename = 'upload.bin', contentType = 'application/octet-stream' } = options;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
        `Content-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
