/**
 * The example technical dictionary of the demo: the technical competencies of the Kepala Bidang
 * Pengembangan Kompetensi example of the KemenPAN-RB socialisation deck, written out
 * to five levels in the style of its "Contoh Kamus Kompetensi Teknis" (Analisis Jabatan). It is
 * an example for trying the app, never an official dictionary: its name and source say so, and
 * it is loaded only with the demo agencies.
 */
import type { DictionaryEntry } from '../../domain/technical-dictionary';

export const exampleDictionary = {
  code: 'CONTOH-KT-KEPEGAWAIAN',
  name: 'Contoh Kamus Kompetensi Teknis Kepegawaian',
  source:
    'Contoh untuk mencoba aplikasi, disusun mengikuti contoh kamus kompetensi teknis pada bahan sosialisasi KemenPAN-RB (Standar Kompetensi Jabatan Administrator "Kepala Bidang Pengembangan Kompetensi"). Bukan kamus yang ditetapkan instansi pembina.',
} as const;

const affair = 'Kepegawaian';

export const exampleEntries: DictionaryEntry[] = [
  {
    code: 'KT.KEP.01',
    name: 'Penyusunan Kebijakan Publik',
    definition:
      'Kemampuan merumuskan, menilai dan mengevaluasi kebijakan publik, mulai dari identifikasi masalah, analisis alternatif, penyusunan naskah kebijakan, sampai pemantauan dan evaluasi pelaksanaannya.',
    governmentAffair: affair,
    subAffair: null,
    group: 'generic',
    levels: [
      {
        level: 1,
        description: 'Memahami konsep, tahapan dan jenis kebijakan publik',
        behaviourIndicators: [
          'Memahami pengertian kebijakan publik, jenis-jenis peraturan perundang-undangan dan hierarkinya.',
          'Memahami tahapan siklus kebijakan: identifikasi masalah, perumusan, penetapan, pelaksanaan, serta pemantauan dan evaluasi.',
          'Mengumpulkan bahan dan data yang diperlukan dalam penyusunan kebijakan sesuai arahan atasan.',
        ],
      },
      {
        level: 2,
        description: 'Mampu menyiapkan bahan dan konsep awal kebijakan sesuai pedoman',
        behaviourIndicators: [
          'Mampu mengolah data dan informasi menjadi bahan kajian kebijakan yang tersusun sistematis.',
          'Mampu menyusun konsep awal naskah kebijakan sesuai teknik penyusunan peraturan perundang-undangan.',
          'Mampu mengidentifikasi pemangku kepentingan yang terkait dengan suatu kebijakan.',
        ],
      },
      {
        level: 3,
        description:
          'Mampu melakukan penilaian dan evaluasi terhadap konsep kebijakan, pelaksanaan, serta hasil pemantauan dan evaluasi kebijakan',
        behaviourIndicators: [
          'Mampu menilai naskah suatu kebijakan, mengidentifikasi kekurangannya dan merumuskan perbaikan.',
          'Mampu menilai pelaksanaan kebijakan: menguasai isi dan konteksnya, mengenali dampak positif dan negatif, serta hambatan dan daya dukung pelaksanaannya.',
          'Mampu merencanakan dan melaksanakan pemantauan dan evaluasi penerapan kebijakan serta menganalisis hasilnya.',
        ],
      },
      {
        level: 4,
        description:
          'Mampu merumuskan kebijakan strategis di lingkup instansi berdasarkan analisis alternatif',
        behaviourIndicators: [
          'Mampu merumuskan alternatif kebijakan beserta analisis biaya, manfaat dan risikonya.',
          'Mampu memimpin penyusunan naskah akademik dan rancangan kebijakan di lingkup instansi.',
          'Mampu mengoordinasikan pembahasan rancangan kebijakan dengan unit kerja dan instansi terkait.',
        ],
      },
      {
        level: 5,
        description:
          'Mampu mengembangkan konsep, metode dan arah kebijakan publik di tingkat daerah atau nasional',
        behaviourIndicators: [
          'Mampu mengembangkan konsep dan metode analisis kebijakan yang menjadi rujukan instansi lain.',
          'Mampu merumuskan arah kebijakan jangka menengah dan panjang di bidangnya.',
          'Menjadi narasumber dan rujukan dalam penyelesaian masalah kebijakan publik lintas instansi.',
        ],
      },
    ],
  },
  {
    code: 'KT.KEP.02',
    name: 'Advokasi Kebijakan Publik',
    definition:
      'Kemampuan menyosialisasikan, mendampingi dan meyakinkan pemangku kepentingan agar suatu kebijakan publik dipahami, diterima dan dilaksanakan sebagaimana mestinya.',
    governmentAffair: affair,
    subAffair: null,
    group: 'generic',
    levels: [
      {
        level: 1,
        description: 'Memahami tujuan, bentuk dan sasaran advokasi kebijakan publik',
        behaviourIndicators: [
          'Memahami pengertian advokasi kebijakan dan bentuk-bentuknya: sosialisasi, bimbingan teknis, pendampingan dan konsultasi.',
          'Memahami isi pokok kebijakan yang menjadi tugas unit kerjanya.',
          'Membantu penyiapan bahan dan kegiatan advokasi kebijakan.',
        ],
      },
      {
        level: 2,
        description: 'Mampu melaksanakan kegiatan advokasi kebijakan sesuai rencana',
        behaviourIndicators: [
          'Mampu menyampaikan isi kebijakan secara jelas kepada sasaran advokasi.',
          'Mampu menjawab pertanyaan umum pemangku kepentingan tentang pelaksanaan kebijakan.',
          'Mampu mencatat masukan dan hambatan yang ditemui selama kegiatan advokasi.',
        ],
      },
      {
        level: 3,
        description: 'Mampu menyelenggarakan advokasi kebijakan publik',
        behaviourIndicators: [
          'Mampu menyiapkan instrumen dan bahan advokasi kebijakan melalui persuasi, sosialisasi, bimbingan teknis dan pendampingan.',
          'Mampu menjalankan strategi advokasi untuk mengatasi hambatan dan resistensi pemangku kepentingan dalam menerapkan kebijakan.',
          'Mampu melaksanakan strategi komunikasi dengan target dan waktu yang terukur sehingga pemangku kepentingan memahami dan menerapkan kebijakan.',
        ],
      },
      {
        level: 4,
        description: 'Mampu merancang strategi advokasi kebijakan lintas unit dan lintas instansi',
        behaviourIndicators: [
          'Mampu memetakan kepentingan, pengaruh dan sikap para pemangku kepentingan terhadap kebijakan.',
          'Mampu merancang strategi dan rencana advokasi kebijakan untuk berbagai kelompok sasaran.',
          'Mampu mengevaluasi efektivitas advokasi dan merumuskan perbaikannya.',
        ],
      },
      {
        level: 5,
        description: 'Mampu membangun jejaring dan pendekatan advokasi kebijakan yang menjadi rujukan',
        behaviourIndicators: [
          'Mampu membangun kemitraan strategis dengan pemangku kepentingan utama untuk mendukung kebijakan.',
          'Mampu mengembangkan model dan pedoman advokasi kebijakan yang dipakai instansi lain.',
          'Menjadi juru bicara dan narasumber kebijakan di forum daerah maupun nasional.',
        ],
      },
    ],
  },
  {
    code: 'KT.KEP.03',
    name: 'Manajemen Sumber Daya Manusia',
    definition:
      'Kemampuan merencanakan, melaksanakan dan mengevaluasi tahapan manajemen sumber daya manusia aparatur (kepegawaian): perencanaan kebutuhan, pengadaan, analisis jabatan, analisis beban kerja, evaluasi jabatan, penilaian kinerja, pengembangan kompetensi, serta sistem informasi kepegawaian.',
    governmentAffair: affair,
    subAffair: null,
    group: 'specific',
    levels: [
      {
        level: 1,
        description: 'Memahami tahapan dan peraturan manajemen SDM aparatur',
        behaviourIndicators: [
          'Memahami peraturan perundang-undangan di bidang kepegawaian dan manajemen ASN.',
          'Memahami tahapan manajemen SDM aparatur dan keterkaitan antartahapan.',
          'Mampu menata administrasi dan data kepegawaian sesuai petunjuk.',
        ],
      },
      {
        level: 2,
        description: 'Mampu melaksanakan tahapan manajemen SDM sesuai pedoman dan petunjuk teknis',
        behaviourIndicators: [
          'Mampu melaksanakan kegiatan perencanaan kebutuhan, pengadaan, mutasi dan pengembangan pegawai sesuai prosedur.',
          'Mampu mengolah data kepegawaian dan memutakhirkan sistem informasi kepegawaian.',
          'Mampu menyusun laporan pelaksanaan kegiatan manajemen SDM.',
        ],
      },
      {
        level: 3,
        description: 'Mampu menyusun dan membimbing penyusunan dan pelaksanaan tahapan manajemen SDM',
        behaviourIndicators: [
          'Mampu menyusun instrumen dan melaksanakan tahapan manajemen SDM: perencanaan kebutuhan, rekrutmen, analisis jabatan, analisis beban kerja, evaluasi jabatan, perencanaan kinerja dan pengembangan kompetensi.',
          'Mampu menyelenggarakan penyusunan rencana kebutuhan pegawai berdasarkan analisis jabatan dan analisis beban kerja.',
          'Mampu membimbing pegawai lain dalam penyelenggaraan administrasi dan sistem informasi manajemen ASN.',
        ],
      },
      {
        level: 4,
        description: 'Mampu mengevaluasi dan menyempurnakan sistem manajemen SDM di lingkup instansi',
        behaviourIndicators: [
          'Mampu mengevaluasi penerapan sistem merit dan merumuskan rekomendasi perbaikannya.',
          'Mampu menyusun kebijakan teknis manajemen SDM di lingkup instansi.',
          'Mampu mengintegrasikan data kinerja, kompetensi dan kepegawaian untuk pengambilan keputusan.',
        ],
      },
      {
        level: 5,
        description: 'Mampu mengembangkan konsep dan kebijakan manajemen SDM aparatur',
        behaviourIndicators: [
          'Mampu mengembangkan konsep, model dan kebijakan manajemen SDM aparatur berbasis sistem merit.',
          'Mampu menyusun pedoman manajemen SDM yang menjadi rujukan instansi lain.',
          'Menjadi rujukan dalam penyelesaian masalah manajemen SDM aparatur yang kompleks.',
        ],
      },
    ],
  },
  {
    code: 'KT.KEP.04',
    name: 'Penyusunan Standar Kompetensi',
    definition:
      'Kemampuan menyusun, menetapkan dan memanfaatkan standar kompetensi jabatan (kompetensi teknis, manajerial dan sosial kultural beserta persyaratan jabatan) sesuai PermenPAN-RB Nomor 38 Tahun 2017.',
    governmentAffair: affair,
    subAffair: null,
    group: 'specific',
    levels: [
      {
        level: 1,
        description: 'Memahami konsep dan komponen standar kompetensi jabatan',
        behaviourIndicators: [
          'Memahami jenis kompetensi jabatan ASN: teknis, manajerial dan sosial kultural.',
          'Memahami isi kamus kompetensi dan tingkat kompetensi yang dipersyaratkan menurut jenjang jabatan.',
          'Memahami komponen persyaratan jabatan dalam standar kompetensi jabatan.',
        ],
      },
      {
        level: 2,
        description: 'Mampu menyusun standar kompetensi jabatan sesuai pedoman',
        behaviourIndicators: [
          'Mampu mengumpulkan informasi jabatan yang diperlukan untuk menyusun standar kompetensi.',
          'Mampu memilih kompetensi dari kamus dan menentukan levelnya sesuai jenjang jabatan.',
          'Mampu mengisi formulir standar kompetensi jabatan secara lengkap dan benar.',
        ],
      },
      {
        level: 3,
        description: 'Mampu memimpin penyusunan dan verifikasi standar kompetensi jabatan di unit kerja',
        behaviourIndicators: [
          'Mampu memverifikasi kesesuaian standar kompetensi dengan tugas jabatan dan kamus kompetensi.',
          'Mampu memimpin tim penyusun dan melakukan wawancara dengan pemangku jabatan.',
          'Mampu menyusun kompetensi teknis baru beserta indikator perilakunya bila kamus belum memuatnya.',
        ],
      },
      {
        level: 4,
        description:
          'Menyusun norma, standar, prosedur, pedoman dan petunjuk teknis standar kompetensi jabatan',
        behaviourIndicators: [
          'Mengevaluasi pedoman penyusunan standar kompetensi jabatan yang ada, menganalisis kelebihan dan kekurangannya serta menyusun rekomendasi penyempurnaannya.',
          'Menyusun norma, standar, prosedur dan petunjuk teknis penyusunan standar kompetensi jabatan sebagai instrumen penyelenggaraan sistem merit.',
          'Mengoordinasikan penyusunan standar kompetensi dan pemanfaatannya dalam sistem merit di lingkup instansi.',
        ],
      },
      {
        level: 5,
        description: 'Mampu mengembangkan konsep dan kebijakan standar kompetensi jabatan secara nasional',
        behaviourIndicators: [
          'Mampu mengembangkan konsep, metode dan kebijakan standar kompetensi jabatan.',
          'Mampu menilai standar kompetensi lintas instansi dan merumuskan standar yang berlaku nasional.',
          'Menjadi rujukan nasional dalam penyusunan dan pemanfaatan standar kompetensi jabatan.',
        ],
      },
    ],
  },
  {
    code: 'KT.KEP.05',
    name: 'Pengembangan Kompetensi',
    definition:
      'Kemampuan merencanakan, melaksanakan dan mengevaluasi pengembangan kompetensi pegawai ASN melalui pendidikan, pelatihan klasikal dan nonklasikal, agar kesenjangan antara kompetensi pegawai dan standar kompetensi jabatan tertutup.',
    governmentAffair: affair,
    subAffair: null,
    group: 'specific',
    levels: [
      {
        level: 1,
        description: 'Memahami jenis, jalur dan tahapan pengembangan kompetensi ASN',
        behaviourIndicators: [
          'Memahami jalur pengembangan kompetensi: pendidikan, pelatihan klasikal dan nonklasikal.',
          'Memahami tahapan perencanaan, pelaksanaan dan evaluasi pengembangan kompetensi.',
          'Membantu administrasi kegiatan pengembangan kompetensi.',
        ],
      },
      {
        level: 2,
        description: 'Mampu melaksanakan kegiatan pengembangan kompetensi sesuai rencana',
        behaviourIndicators: [
          'Mampu mengolah data kesenjangan kompetensi pegawai sebagai bahan perencanaan.',
          'Mampu menyelenggarakan kegiatan pelatihan sesuai kurikulum dan jadwal.',
          'Mampu mencatat hasil pengembangan kompetensi dalam sistem informasi kepegawaian.',
        ],
      },
      {
        level: 3,
        description:
          'Mampu menyusun norma, standar, prosedur, pedoman dan petunjuk teknis pengembangan kompetensi di lingkup instansi',
        behaviourIndicators: [
          'Mampu menganalisis perencanaan, proses dan hasil pengembangan kompetensi yang berjalan, menemukan kelemahan dan kelebihannya serta membuat rekomendasi perbaikan.',
          'Mampu menyusun pedoman dan petunjuk teknis perencanaan, pelaksanaan dan evaluasi pengembangan kompetensi.',
          'Mampu mengoordinasikan penyusunan rencana pengembangan kompetensi secara instansional.',
        ],
      },
      {
        level: 4,
        description:
          'Mampu merancang sistem pengembangan kompetensi yang terintegrasi dengan manajemen talenta',
        behaviourIndicators: [
          'Mampu merancang program pengembangan kompetensi berdasarkan pemetaan talenta dan kesenjangan kompetensi.',
          'Mampu mengevaluasi dampak pengembangan kompetensi terhadap kinerja organisasi.',
          'Mampu membangun kerja sama pengembangan kompetensi dengan lembaga pelatihan dan instansi lain.',
        ],
      },
      {
        level: 5,
        description: 'Mampu mengembangkan konsep dan kebijakan pengembangan kompetensi ASN',
        behaviourIndicators: [
          'Mampu mengembangkan konsep dan model pembelajaran ASN, termasuk corporate university.',
          'Mampu merumuskan kebijakan pengembangan kompetensi yang menjadi rujukan instansi lain.',
          'Menjadi narasumber dan rujukan nasional di bidang pengembangan kompetensi ASN.',
        ],
      },
    ],
  },
  {
    code: 'KT.KEP.06',
    name: 'Manajemen Kinerja',
    definition:
      'Kemampuan merencanakan, memantau, menilai dan menindaklanjuti kinerja organisasi dan pegawai, dari penyusunan sasaran kinerja sampai pemanfaatan hasil penilaian kinerja.',
    governmentAffair: affair,
    subAffair: null,
    group: 'specific',
    levels: [
      {
        level: 1,
        description: 'Memahami konsep dan siklus manajemen kinerja pegawai',
        behaviourIndicators: [
          'Memahami peraturan tentang penilaian kinerja pegawai ASN.',
          'Memahami siklus manajemen kinerja: perencanaan, pemantauan, penilaian dan tindak lanjut.',
          'Mampu menyusun sasaran kinerja dirinya sendiri sesuai tugas jabatan.',
        ],
      },
      {
        level: 2,
        description: 'Mampu melaksanakan administrasi manajemen kinerja sesuai pedoman',
        behaviourIndicators: [
          'Mampu mengumpulkan dan mengolah data capaian kinerja pegawai.',
          'Mampu membantu pegawai menyusun sasaran kinerja dan rencana kerja.',
          'Mampu menyusun rekapitulasi hasil penilaian kinerja unit kerja.',
        ],
      },
      {
        level: 3,
        description:
          'Mampu merumuskan sasaran kinerja organisasi, membimbing penyusunan rencana kinerja, serta menilai kinerja dan merekomendasikan tindak lanjut di lingkup antarunit',
        behaviourIndicators: [
          'Mampu merumuskan sasaran kinerja organisasi dan membimbing penyusunan rencana kinerja individu.',
          'Mampu mengidentifikasi dan memecahkan permasalahan pelaksanaan kinerja di lingkup antarunit.',
          'Mampu menganalisis capaian kinerja dan menyusun rekomendasi tindak lanjut hasil penilaian kinerja untuk kepentingan kepegawaian.',
        ],
      },
      {
        level: 4,
        description: 'Mampu mengevaluasi dan menyempurnakan sistem manajemen kinerja instansi',
        behaviourIndicators: [
          'Mampu mengevaluasi keselarasan kinerja individu, unit dan organisasi (cascading).',
          'Mampu menyusun kebijakan teknis manajemen kinerja di lingkup instansi.',
          'Mampu memanfaatkan hasil penilaian kinerja untuk pengembangan karier dan manajemen talenta.',
        ],
      },
      {
        level: 5,
        description: 'Mampu mengembangkan konsep dan kebijakan manajemen kinerja sektor publik',
        behaviourIndicators: [
          'Mampu mengembangkan model manajemen kinerja sektor publik yang menjadi rujukan.',
          'Mampu merumuskan kebijakan manajemen kinerja lintas instansi.',
          'Menjadi narasumber dan rujukan nasional di bidang manajemen kinerja.',
        ],
      },
    ],
  },
  {
    // The national text of this mandatory regional competency is not published yet (the national
    // entry is a placeholder): the example gives the demo agency its own, as an agency would.
    code: 'KT.KEP.07',
    name: 'Advokasi Kebijakan Otonomi Daerah',
    definition:
      'Kemampuan menjelaskan, mengomunikasikan dan memperjuangkan kebijakan otonomi daerah kepada pemangku kepentingan, sehingga kebijakan daerah selaras dengan kewenangan daerah dan kebijakan nasional.',
    governmentAffair: 'Pemerintahan Umum',
    subAffair: null,
    group: 'generic',
    levels: [
      {
        level: 1,
        description: 'Memahami prinsip otonomi daerah dan pembagian urusan pemerintahan',
        behaviourIndicators: [
          'Memahami prinsip otonomi daerah dan pembagian urusan pemerintahan pusat, provinsi dan kabupaten/kota.',
          'Mengenali kebijakan daerah yang terkait dengan tugas jabatannya.',
          'Menyampaikan informasi kebijakan daerah secara tepat kepada rekan kerja.',
        ],
      },
      {
        level: 2,
        description: 'Mampu menjelaskan kebijakan daerah di lingkup unit kerjanya',
        behaviourIndicators: [
          'Mampu menjelaskan isi dan tujuan kebijakan daerah kepada pihak yang dilayani unit kerjanya.',
          'Mampu menyiapkan bahan sosialisasi kebijakan daerah.',
          'Mampu mencatat tanggapan pemangku kepentingan atas kebijakan daerah.',
        ],
      },
      {
        level: 3,
        description:
          'Mampu mengadvokasi kebijakan daerah kepada pemangku kepentingan antarunit dan menyusun rekomendasi penyesuaiannya',
        behaviourIndicators: [
          'Mampu meyakinkan pemangku kepentingan antarunit tentang manfaat dan dasar kewenangan kebijakan daerah.',
          'Mampu menganalisis keselarasan kebijakan daerah dengan kebijakan nasional dan kewenangan daerah.',
          'Mampu menyusun rekomendasi penyesuaian kebijakan daerah berdasarkan tanggapan pemangku kepentingan.',
        ],
      },
      {
        level: 4,
        description: 'Mampu membangun dukungan lintas instansi bagi kebijakan otonomi daerah',
        behaviourIndicators: [
          'Mampu membangun dukungan DPRD, instansi vertikal dan masyarakat bagi kebijakan daerah.',
          'Mampu menengahi perbedaan kepentingan dalam pelaksanaan kebijakan daerah.',
          'Mampu merumuskan strategi advokasi kebijakan di lingkup instansi.',
        ],
      },
      {
        level: 5,
        description: 'Mampu memengaruhi kebijakan nasional tentang otonomi daerah',
        behaviourIndicators: [
          'Mampu menyampaikan kepentingan daerah dalam perumusan kebijakan nasional.',
          'Mampu merumuskan model advokasi kebijakan otonomi daerah yang menjadi rujukan daerah lain.',
          'Menjadi narasumber di bidang kebijakan otonomi daerah.',
        ],
      },
    ],
  },
];
