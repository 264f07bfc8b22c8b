import { DATASET } from './identity.js';

/** The licence shipped with the data: CC BY 4.0 for the data, MIT for the package's code. */
export const LICENCE_TEXT = `${DATASET.title}
Copyright (c) ${DATASET.authors}

DATA (data/*.json, and the CSV and JSON tables of the release)
Licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).
You may share and adapt the data for any purpose, provided you give appropriate credit,
link to the licence and indicate if changes were made.
Full text: https://creativecommons.org/licenses/by/4.0/legalcode
Quotes in the evidence, figures and mentions tables remain the work of their publishers and
are included as short quotations for verification.

CODE (index.js, index.cjs, index.d.ts, index.d.cts, schemas/)
MIT License

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
