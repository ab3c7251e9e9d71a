package io.github.zhibo.core.time.internal;

import java.time.*;
/**
 * Independent astronomy for the lunar-date cross-check: new moons after Meeus, Astronomical Algorithms
 * (2nd ed.) ch. 49 (mean phase plus periodic and planetary terms, error about a minute), and the
 * apparent solar longitude of ch. 25 (low-accuracy series, error about 0.01°, i.e. about 15 minutes).
 * Delta T is taken as 70 s.
 */
final class Meeus {
  private Meeus() {}
  static double r(double d){return Math.toRadians(d);}
  static double s(double d){return Math.sin(r(d));}
  /** JDE (TT) of the new moon with lunation index k (k=0 ~ 2000-01-06). */
  static double newMoonJde(long k){
    double T=k/1236.85, T2=T*T,T3=T2*T,T4=T3*T;
    double jde=2451550.09766+29.530588861*k+0.00015437*T2-0.000000150*T3+0.00000000073*T4;
    double E=1-0.002516*T-0.0000074*T2;
    double M=2.5534+29.10535670*k-0.0000014*T2-0.00000011*T3;
    double Mp=201.5643+385.81693528*k+0.0107582*T2+0.00001238*T3-0.000000058*T4;
    double F=160.7108+390.67050284*k-0.0016118*T2-0.00000227*T3+0.000000011*T4;
    double O=124.7746-1.56375588*k+0.0020672*T2+0.00000215*T3;
    double c=-0.40720*s(Mp)+0.17241*E*s(M)+0.01608*s(2*Mp)+0.01039*s(2*F)+0.00739*E*s(Mp-M)-0.00514*E*s(Mp+M)
      +0.00208*E*E*s(2*M)-0.00111*s(Mp-2*F)-0.00057*s(Mp+2*F)+0.00056*E*s(2*Mp+M)-0.00042*s(3*Mp)+0.00042*E*s(M+2*F)
      +0.00038*E*s(M-2*F)-0.00024*E*s(2*Mp-M)-0.00017*s(O)-0.00007*s(Mp+2*M)+0.00004*s(2*Mp-2*F)+0.00004*s(3*M)
      +0.00003*s(Mp+M-2*F)+0.00003*s(2*Mp+2*F)-0.00003*s(Mp+M+2*F)+0.00003*s(Mp-M+2*F)-0.00002*s(Mp-M-2*F)
      -0.00002*s(3*Mp+M)+0.00002*s(4*Mp);
    double[][] A={{299.77,0.107408,0.000325},{251.88,0.016321,0.000165},{251.83,26.651886,0.000164},{349.42,36.412478,0.000126},
      {84.66,18.206239,0.000110},{141.74,53.303771,0.000062},{207.14,2.453732,0.000060},{154.84,7.306860,0.000056},
      {34.52,27.261239,0.000047},{207.19,0.121824,0.000042},{291.34,1.844379,0.000040},{161.72,24.198154,0.000037},
      {239.56,25.513099,0.000035},{331.55,3.592518,0.000023}};
    double add=0; for(int i=0;i<A.length;i++){double arg=A[i][0]+A[i][1]*k+(i==0?-0.009173*T2:0); add+=A[i][2]*s(arg);}
    return jde+c+add;
  }
  static final double DELTA_T_DAYS=70.0/86400;
  static Instant instant(double jdeTT){ double jdUT=jdeTT-DELTA_T_DAYS; long ms=Math.round((jdUT-2440587.5)*86400000.0); return Instant.ofEpochMilli(ms);}
  static double sunApparentLongitude(double jde){
    double T=(jde-2451545.0)/36525;
    double L0=280.46646+36000.76983*T+0.0003032*T*T;
    double M=357.52911+35999.05029*T-0.0001537*T*T;
    double C=(1.914602-0.004817*T-0.000014*T*T)*s(M)+(0.019993-0.000101*T)*s(2*M)+0.000289*s(3*M);
    double O=125.04-1934.136*T;
    double lam=L0+C-0.00569-0.00478*s(O);
    return ((lam%360)+360)%360;
  }
  static double jdeOf(Instant i){return i.toEpochMilli()/86400000.0+2440587.5+DELTA_T_DAYS;}
  /** The instant the apparent solar longitude reaches 15° (清明) in {@code y}. */
  static Instant qingming(int y){
    double lo=jdeOf(LocalDate.of(y,3,30).atStartOfDay(ZoneOffset.UTC).toInstant()), hi=lo+10;
    for(int i=0;i<60;i++){double mid=(lo+hi)/2; if(sunApparentLongitude(mid)<15) lo=mid; else hi=mid;}
    return instant(lo);
  }
  /** The new moon nearest to 00:00 UTC of {@code d}. */
  static Instant newMoonNear(LocalDate d){
    double k0=Math.round((d.getYear()+(d.getDayOfYear()-1)/365.25-2000)*12.3685);
    Instant best=null; long bestDiff=Long.MAX_VALUE;
    for(long k=(long)k0-2;k<=k0+2;k++){Instant t=instant(newMoonJde(k)); long diff=Math.abs(Duration.between(d.atStartOfDay(ZoneOffset.UTC).toInstant(),t).toMinutes()); if(diff<bestDiff){bestDiff=diff;best=t;}}
    return best;
  }
}
